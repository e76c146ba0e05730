package io.datamesh.core.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of one SLA property of an output port at the monitor's last check.
 *
 * <p>For {@code latency}/{@code freshness} and {@code frequency}, {@code observed} is the time since the port's last
 * publish (or since its product registered, before the first publish) and {@code allowed} the property's value and
 * unit. For {@code availability}, {@code allowed} is zero and {@code observed} is how long the port has been without
 * a current snapshot.
 *
 * <p>{@code mesh.observe(port).slos().forEach(s -> System.out.println(s.sla() + " " + s.state()));}
 *
 * @param sla the property name as the contract writes it, such as {@code latency}
 * @param state the state
 * @param observed what the monitor measured
 * @param allowed what the contract allows
 * @param checkedAt when the monitor checked, on the mesh clock
 */
public record SloStatus(String sla, SloState state, Duration observed, Duration allowed, Instant checkedAt) {
  /**
   * Checks the parts.
   *
   * @param sla see the record component
   * @param state see the record component
   * @param observed see the record component
   * @param allowed see the record component
   * @param checkedAt see the record component
   */
  public SloStatus {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(checkedAt, "checkedAt");
  }
}
