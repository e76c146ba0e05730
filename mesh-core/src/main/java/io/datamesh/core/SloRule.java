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
 * {@code frequency} ({@code fy}) allow a time since the last publish; {@code availability} ({@code av}) is an error
 * budget: a percentage {@code p} allows the port to be without a current snapshot for {@code (100 - p)%} of the last
 * {@link #AVAILABILITY_WINDOW} (43 minutes 12 seconds for 99.9%); without a value, or at 100%, any time without a
 * snapshot is a breach. Other properties are not monitored.
 */
record SloRule(String sla, Kind kind, Duration allowed) {
  /** Used up more than this share of the allowance is AT_RISK: observed * 5 > allowed * 4. */
  static final int AT_RISK_NUMERATOR = 4;
  static final int AT_RISK_DENOMINATOR = 5;

  /** The rolling window an availability percentage is measured over. */
  static final Duration AVAILABILITY_WINDOW = Duration.ofDays(30);

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
      case "availability", "av" -> Optional.of(new SloRule(p.property(), Kind.AVAILABILITY, downtimeBudget(p)));
      default -> Optional.empty();
    };
  }

  SloState state(Duration observed) {
    if (kind == Kind.AVAILABILITY && allowed.isZero()) {
      return observed.isZero() ? SloState.MET : SloState.BREACHED;
    }
    if (observed.compareTo(allowed) > 0) {
      return SloState.BREACHED;
    }
    return observed.toMillis() * AT_RISK_DENOMINATOR > allowed.toMillis() * AT_RISK_NUMERATOR
        ? SloState.AT_RISK : SloState.MET;
  }

  /** The time without a snapshot an availability percentage allows in {@link #AVAILABILITY_WINDOW}. */
  private static Duration downtimeBudget(SlaProperty p) {
    Optional<String> value = p.value().map(String::valueOf).map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Duration.ZERO;
    }
    String text = value.get().endsWith("%") ? value.get().substring(0, value.get().length() - 1).trim() : value.get();
    String unit = p.unit().orElse("%").trim().toLowerCase(Locale.ROOT);
    if (!unit.equals("%") && !unit.equals("percent")) {
      throw new IllegalArgumentException("SLA property '" + p.property() + "' unit '" + unit
          + "' is not a percentage; write the value as 99.9 with unit % (or as \"99.9%\")");
    }
    BigDecimal percent;
    try {
      percent = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SLA property '" + p.property() + "' value '" + value.get()
          + "' is not a percentage such as 99.9%", e);
    }
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("SLA property '" + p.property() + "' value '" + value.get()
          + "' must be a percentage above 0 and at most 100");
    }
    BigDecimal share = BigDecimal.valueOf(100).subtract(percent).movePointLeft(2);
    return Duration.ofMillis(share.multiply(BigDecimal.valueOf(AVAILABILITY_WINDOW.toMillis())).longValue());
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
