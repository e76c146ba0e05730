package io.datamesh.testkit.assertj;

import io.datamesh.api.PortAddress;
import io.datamesh.core.RunOutcome;
import io.datamesh.core.RunResult;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a transform run; failures show the run's error and last log lines.
 *
 * <p>{@code MeshAssertions.assertThat(mesh.refresh(urn)).succeeded().publishedRows(port, 3);}
 */
public final class RunResultAssert extends AbstractObjectAssert<RunResultAssert, RunResult> {
  RunResultAssert(RunResult actual) {
    super(actual, RunResultAssert.class);
  }

  /**
   * Verifies that the run succeeded.
   *
   * @return this assertion
   */
  public RunResultAssert succeeded() {
    return hasOutcome(RunOutcome.SUCCEEDED);
  }

  /**
   * Verifies that the run failed.
   *
   * @return this assertion
   */
  public RunResultAssert failed() {
    return hasOutcome(RunOutcome.FAILED);
  }

  /**
   * Verifies how the run ended.
   *
   * @param expected the outcome
   * @return this assertion
   */
  public RunResultAssert hasOutcome(RunOutcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage("expected run %s of %s to be %s but it was %s%nerror: %s%nlog:%n  %s", actual.runId(),
          actual.product(), expected, actual.outcome(), actual.error().orElse("none"),
          String.join(System.lineSeparator() + "  ", actual.log()));
    }
    return this;
  }

  /**
   * Verifies the rows the run published to an output port.
   *
   * @param port the output port
   * @param rows the expected row count
   * @return this assertion
   */
  public RunResultAssert publishedRows(PortAddress port, long rows) {
    isNotNull();
    Long published = actual.rows().get(port);
    if (published == null || published != rows) {
      failWithMessage("expected run %s to publish %s rows to %s but it published %s (rows per port: %s)",
          actual.runId(), rows, port, published == null ? "nothing" : published, actual.rows());
    }
    return this;
  }
}
