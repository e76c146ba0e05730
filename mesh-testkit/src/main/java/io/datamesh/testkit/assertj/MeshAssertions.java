package io.datamesh.testkit.assertj;

import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.RunResult;

/**
 * Entry point of the testkit's AssertJ assertions, next to AssertJ's own {@code Assertions}.
 *
 * <pre>{@code
 * import static io.datamesh.testkit.assertj.MeshAssertions.assertThat;
 *
 * assertThat(mesh.refresh(revenue.urn())).succeeded().publishedRows(revenuePort, 3);
 * assertThat(report).passed();
 * }</pre>
 */
public final class MeshAssertions {
  private MeshAssertions() {}

  /**
   * Starts assertions on a transform run.
   *
   * @param actual the run's result
   * @return the assertion
   */
  public static RunResultAssert assertThat(RunResult actual) {
    return new RunResultAssert(actual);
  }

  /**
   * Starts assertions on a quality report.
   *
   * @param actual the report
   * @return the assertion
   */
  public static QualityReportAssert assertThat(QualityReport actual) {
    return new QualityReportAssert(actual);
  }
}
