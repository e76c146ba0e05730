package io.datamesh.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.MeshException;
import io.datamesh.api.policy.PolicySubject;
import io.datamesh.api.policy.PolicyTrigger;
import io.datamesh.api.policy.Rollout;
import io.datamesh.api.policy.RolloutStage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A grace rollout warns until its date and is enforced from then on, read from the clock, without a rebuild. */
class RolloutTest {
  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  private static final String GRACE = "name: g\nversion: 1.0.0\npolicies:\n  - id: g.tagged\n    description: tagged\n"
      + "    fix: add a tag\n    rollout: grace\n    graceUntil: 2026-03-01\n    rule: {count: {select: /tags/*, min: 1}}\n";

  @Test
  void a_grace_policy_warns_before_its_date_and_blocks_from_it_on_the_same_governance() {
    MovableClock clock = new MovableClock(Instant.parse("2026-02-28T23:59:59Z"));
    Governance g = Governance.builder().setPolicies(PolicySet.parse(GRACE, "g.yaml")).setClock(clock).build();
    PolicySubject s = PolicySubject.of(PolicyTrigger.REGISTER, Fixtures.compliant());
    GovernanceReport before = g.evaluate(s);
    assertThat(before.blocking()).isEmpty();
    assertThat(before.advisories()).singleElement().satisfies(r -> assertThat(r.stage()).isEqualTo(RolloutStage.GRACE));
    clock.now.set(Instant.parse("2026-03-01T00:00:00Z"));
    GovernanceReport after = g.evaluate(s);
    assertThat(after.blocking()).singleElement().satisfies(r -> assertThat(r.rollout().toString())
        .isEqualTo("grace until 2026-03-01T00:00:00Z"));
    assertThatThrownBy(() -> after.throwIfBlocked("register orders")).isInstanceOf(MeshException.class)
        .hasMessageContaining("cannot register orders").hasMessageContaining("[g.tagged]")
        .hasMessageContaining("fix: add a tag");
  }

  @Test
  void rollouts_order_draft_then_grace_by_date_then_enforced() {
    Rollout early = Rollout.grace(Instant.parse("2026-01-01T00:00:00Z"));
    Rollout late = Rollout.grace(Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(early.isAtLeast(late)).isTrue();
    assertThat(late.isAtLeast(early)).isFalse();
    assertThat(Rollout.enforced().isAtLeast(early)).isTrue();
    assertThat(Rollout.draft().isAtLeast(late)).isFalse();
    assertThat(Rollout.draft().stageAt(Instant.MAX)).isEqualTo(RolloutStage.DRAFT);
  }
}
