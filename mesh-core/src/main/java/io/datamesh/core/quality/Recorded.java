package io.datamesh.core.quality;

import io.datamesh.api.quality.QualityReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The value of {@link QualityRecord}; package-private so that the interface can grow. */
record Recorded(Optional<QualityReport> latest, List<MetricPoint> history) implements QualityRecord {
  Recorded {
    Objects.requireNonNull(latest, "latest");
    history = List.copyOf(history);
  }
}
