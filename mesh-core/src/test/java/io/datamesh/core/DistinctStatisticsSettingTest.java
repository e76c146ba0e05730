package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.quality.ColumnStatistics;
import io.datamesh.api.quality.QualityReport;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

/** Exact distinct counts in publish reports are on by default and can be turned off per mesh or per port. */
class DistinctStatisticsSettingTest {
  @Test
  void distinct_counts_are_in_every_report_by_default() {
    assertThat(distinct(b -> b)).containsExactly(OptionalLong.of(10), OptionalLong.of(10), OptionalLong.of(2));
  }

  @Test
  void a_mesh_without_them_leaves_them_out_and_still_reports_the_other_statistics() {
    QualityReport report = publish(b -> b.setDistinctStatistics(false));
    assertThat(report.statistics()).extracting(ColumnStatistics::distinct).containsOnly(OptionalLong.empty());
    assertThat(report.statistics()).extracting(ColumnStatistics::count).containsOnly(10L);
  }

  @Test
  void a_port_setting_wins_over_the_mesh_default() {
    assertThat(distinct(b -> b.setDistinctStatistics(false).setDistinctStatistics(Orders.PORT, true)))
        .containsExactly(OptionalLong.of(10), OptionalLong.of(10), OptionalLong.of(2));
    assertThat(distinct(b -> b.setDistinctStatistics(Orders.PORT, false))).containsOnly(OptionalLong.empty());
  }

  private static List<OptionalLong> distinct(UnaryOperator<MeshBuilder> settings) {
    return publish(settings).statistics().stream().map(ColumnStatistics::distinct).toList();
  }

  private static QualityReport publish(UnaryOperator<MeshBuilder> settings) {
    try (RootAllocator leakCheck = new RootAllocator();
        Mesh mesh = settings.apply(Mesh.builder().setAllocator(leakCheck)).build()) {
      mesh.register(Orders.product());
      mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 10));
      return mesh.latestQualityReport(Orders.PORT).orElseThrow();
    }
  }
}
