package io.datamesh.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {
  @Test
  void the_clock_moves_only_when_the_test_moves_it() throws InterruptedException {
    TestClock clock = TestClock.create();
    Instant before = clock.instant();
    Thread.sleep(5);

    assertThat(clock.instant()).isEqualTo(before).isEqualTo(TestClock.DEFAULT_START);
    assertThat(clock.advance(Duration.ofHours(1))).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z").toEpochMilli());
  }

  @Test
  void a_zoned_copy_shares_the_time() {
    TestClock clock = TestClock.create();
    java.time.Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofMinutes(5));

    assertThat(paris.instant()).isEqualTo(clock.instant());
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void advancing_backwards_is_refused_but_set_can_go_back() {
    TestClock clock = TestClock.create();

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).hasMessageContaining("only moves forward");
    clock.set(Instant.EPOCH);
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
  }
}
