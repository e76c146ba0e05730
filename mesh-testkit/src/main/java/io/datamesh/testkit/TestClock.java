package io.datamesh.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test moves it. Pass it to {@code Mesh.builder().setClock(clock)}: schedules,
 * debounces, freshness checks and event times then follow it, so a test can jump an hour ahead in a millisecond.
 * Thread-safe.
 *
 * <pre>{@code
 * TestClock clock = TestClock.create();
 * Mesh mesh = Mesh.builder().setClock(clock).build();
 * clock.advance(Duration.ofHours(1)); // an hourly schedule fires
 * }</pre>
 */
public final class TestClock extends Clock {
  /** The instant a clock made by {@link #create()} starts at: 2026-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock at {@link #DEFAULT_START}, in UTC.
   *
   * @return the clock
   */
  public static TestClock create() {
    return create(DEFAULT_START);
  }

  /**
   * Creates a clock at a given instant, in UTC.
   *
   * @param start the first instant it reports
   * @return the clock
   */
  public static TestClock create(Instant start) {
    return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far; must not be negative (time does not run backwards in a mesh)
   * @return the new instant
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a test clock only moves forward; use set() to go back, was " + duration);
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock that shares this one's time but reports another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "]";
  }
}
