package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.core.observe.PortStatus;
import io.datamesh.core.quality.MetricPoint;
import io.datamesh.core.observe.PublishFailure;
import io.datamesh.core.observe.SloStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The value {@link Mesh#observe} returns; package-private so that {@link PortStatus} can grow. */
record PortStatusRecord(PortAddress port, OptionalLong snapshotId, long rows, long sizeBytes,
    Optional<Instant> lastPublished, Optional<QualityReport> latestQuality, List<MetricPoint> qualityHistory,
    Optional<PublishFailure> lastFailure, List<SloStatus> slos) implements PortStatus {
  PortStatusRecord {
    qualityHistory = List.copyOf(qualityHistory);
    slos = List.copyOf(slos);
  }
}
