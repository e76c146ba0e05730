package io.datamesh.core;

import java.time.Duration;

/** Tells a {@link PublishListener} how far a publish has come; counts include every batch taken so far. */
public interface PublishProgress {
  /**
   * Returns the batches the draft took so far.
   *
   * @return one or more
   */
  int batches();

  /**
   * Returns the rows handed to the draft so far, quarantined rows included.
   *
   * @return zero or more
   */
  long rows();

  /**
   * Returns the Arrow buffer bytes of the batches taken so far, as they reached the draft (after coercion).
   *
   * @return zero or more
   */
  long bytes();

  /**
   * Returns the time since the publish took its port's writer slot.
   *
   * @return the elapsed time, on the monotonic clock
   */
  Duration elapsed();
}
