package io.datamesh.core;

/**
 * A transform run's log. Lines go to SLF4J with the product and run id, and the last lines are kept in the
 * {@link RunResult}, so a failed run explains itself without a log search.
 *
 * <p>{@code ctx.log().info("aggregated " + rows + " rows")}
 */
public interface RunLog {
  /**
   * Logs progress.
   *
   * @param message the line
   */
  void info(String message);

  /**
   * Logs something a user should look at.
   *
   * @param message the line
   */
  void warn(String message);
}
