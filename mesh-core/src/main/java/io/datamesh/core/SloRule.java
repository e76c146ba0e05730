package io.datamesh.core;

import io.datamesh.api.contract.SlaProperty;
import io.datamesh.core.observe.SloState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * One SLA property the SLO monitor evaluates: {@code latency}/{@code freshness} (ODCS abbreviation {@code ly}) and
 * {@code frequency} ({@code fy}) allow a time since the last publish; {@code availability} ({@code av}) asks for a
 * current snapshot. Other properties are not monitored.
 */
record SloRule(String sla, Kind kind, Duration allowed) {
  /** Used up more than this share of the allowance is AT_RISK: observed * 5 > allowed * 4. */
  static final int AT_RISK_NUMERATOR = 4;
  static final int AT_RISK_DENOMINATOR = 5;

  enum Kind { SINCE_PUBLISH, AVAILABILITY }

  /**
   * Reads a property; empty when it is not one the monitor evaluates.
   *
   * @throws IllegalArgumentException when the value or unit cannot be read as a duration
   */
  static Optional<SloRule> of(SlaProperty p) {
    String name = p.property().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "latency", "freshness", "ly", "frequency", "fy" ->
          Optional.of(new SloRule(p.property(), Kind.SINCE_PUBLISH, duration(p)));
      case "availability", "av" -> Optional.of(new SloRule(p.property(), Kind.AVAILABILITY, Duration.ZERO));
      default -> Optional.empty();
    };
  }

  SloState state(Duration observed) {
    if (kind == Kind.AVAILABILITY) {
      return observed.isZero() ? SloState.MET : SloState.BREACHED;
    }
    if (observed.compareTo(allowed) > 0) {
      return SloState.BREACHED;
    }
    return observed.toMillis() * AT_RISK_DENOMINATOR > allowed.toMillis() * AT_RISK_NUMERATOR
        ? SloState.AT_RISK : SloState.MET;
  }

  private static Duration duration(SlaProperty p) {
    String value = p.value().map(String::valueOf).orElseThrow(() -> new IllegalArgumentException(
        "SLA property '" + p.property() + "' has no value"));
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("SLA property '" + p.property() + "' value '" + value
            + "' is not an ISO-8601 duration", e);
      }
    }
    String unit = p.unit().orElse("").trim().toLowerCase(Locale.ROOT);
    BigDecimal amount;
    try {
      amount = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SLA property '" + p.property() + "' value '" + value
          + "' is not a number", e);
    }
    Duration d = Duration.ofMillis(amount.multiply(BigDecimal.valueOf(unitSeconds(unit, p) * 1000)).longValue());
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("SLA property '" + p.property() + "' allows " + d + "; it must be positive");
    }
    return d;
  }

  private static long unitSeconds(String unit, SlaProperty p) {
    return switch (unit) {
      case "s", "sec", "second", "seconds" -> 1;
      case "m", "min", "minute", "minutes" -> 60;
      case "h", "hr", "hour", "hours" -> 3600;
      case "d", "day", "days" -> 86_400;
      case "w", "week", "weeks" -> 7 * 86_400;
      case "mo", "month", "months" -> 30 * 86_400;
      case "y", "yr", "year", "years" -> 365 * 86_400;
      default -> throw new IllegalArgumentException("SLA property '" + p.property() + "' unit '" + unit
          + "' is not one of s, m, h, d, w, mo, y");
    };
  }
}
