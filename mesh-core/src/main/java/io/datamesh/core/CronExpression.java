package io.datamesh.core;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Objects;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) as in crontab(5): {@code *},
 * lists ({@code 1,15}), ranges ({@code 1-5}), steps ({@code *}{@code /15}, {@code 0-30/10}), month and day names
 * ({@code JAN}, {@code MON}), and day-of-week {@code 0} or {@code 7} for Sunday. When both day fields are
 * restricted, a day matches if either matches, as crontab does.
 *
 * <pre>{@code
 * CronExpression hourly = CronExpression.parse("0 * * * *");
 * ZonedDateTime next = hourly.next(ZonedDateTime.parse("2026-01-01T10:15:00Z")); // 11:00
 * }</pre>
 */
public final class CronExpression {
  private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
      "NOV", "DEC"};
  private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

  private final String text;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean domRestricted;
  private final boolean dowRestricted;

  private CronExpression(String text, String[] f) {
    this.text = text;
    this.minutes = CronField.parse(text, "minute", f[0], 0, 59, null);
    this.hours = CronField.parse(text, "hour", f[1], 0, 23, null);
    this.daysOfMonth = CronField.parse(text, "day-of-month", f[2], 1, 31, null);
    this.months = CronField.parse(text, "month", f[3], 1, 12, MONTHS);
    BitSet dow = CronField.parse(text, "day-of-week", f[4], 0, 7, DAYS);
    if (dow.get(7)) {
      dow.set(0);
      dow.clear(7);
    }
    this.daysOfWeek = dow;
    this.domRestricted = !f[2].startsWith("*");
    this.dowRestricted = !f[4].startsWith("*");
  }

  /**
   * Parses a five-field cron expression.
   *
   * @param text such as {@code 0 6 * * MON-FRI}
   * @return the expression
   * @throws IllegalArgumentException naming the field and the value that is wrong
   */
  public static CronExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] fields = text.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException("cron expression '" + text + "' has " + fields.length
          + " fields; expected 5: minute hour day-of-month month day-of-week, such as '0 6 * * MON-FRI'");
    }
    return new CronExpression(text, fields);
  }

  /**
   * Returns the first instant strictly after {@code after} that matches, in {@code after}'s zone.
   *
   * @param after the instant to start from
   * @return the next matching time, at a whole minute
   * @throws IllegalArgumentException if nothing matches within eight years (such as {@code 0 0 30 2 *})
   */
  public ZonedDateTime next(ZonedDateTime after) {
    ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    ZonedDateTime limit = after.plusYears(8);
    while (t.isBefore(limit)) {
      if (!months.get(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hours.get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.get(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t;
      }
    }
    throw new IllegalArgumentException("cron expression '" + text + "' never matches");
  }

  boolean matches(ZonedDateTime t) {
    return months.get(t.getMonthValue()) && dayMatches(t) && hours.get(t.getHour()) && minutes.get(t.getMinute());
  }

  private boolean dayMatches(ZonedDateTime t) {
    boolean dom = daysOfMonth.get(t.getDayOfMonth());
    boolean dow = daysOfWeek.get(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
    if (domRestricted && dowRestricted) {
      return dom || dow;
    }
    return dom && dow;
  }

  /** Returns the expression as it was parsed. */
  @Override
  public String toString() {
    return text;
  }
}
