package io.datamesh.core.quality;

import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.QualityReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Latest report and a ring of metric points per port, in memory. */
final class InMemoryQualityStore implements QualityStore {
  private final int capacity;
  private final Map<String, PortHistory> ports = new ConcurrentHashMap<>();

  private static final class PortHistory {
    QualityReport latest;
    final Deque<MetricPoint> points = new ArrayDeque<>();
  }

  InMemoryQualityStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("history size must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public void record(String port, QualityReport report) {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(report, "report");
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("rowCount", (double) report.rowCount());
    for (CheckResult c : report.checks()) {
      c.observedValue().ifPresent(v -> metrics.put(c.id(), v.doubleValue()));
    }
    MetricPoint point = new MetricPoint(report.timestampEnd(), report.runId(), report.result(), report.rowCount(),
        metrics);
    PortHistory h = ports.computeIfAbsent(port, p -> new PortHistory());
    synchronized (h) {
      h.latest = report;
      h.points.addLast(point);
      while (h.points.size() > capacity) {
        h.points.removeFirst();
      }
    }
  }

  @Override
  public Optional<QualityReport> latest(String port) {
    PortHistory h = ports.get(port);
    if (h == null) {
      return Optional.empty();
    }
    synchronized (h) {
      return Optional.ofNullable(h.latest);
    }
  }

  @Override
  public QualityRecord read(String port) {
    PortHistory h = ports.get(port);
    if (h == null) {
      return QualityRecord.of(Optional.empty(), List.of());
    }
    synchronized (h) {
      return QualityRecord.of(Optional.ofNullable(h.latest), List.copyOf(h.points));
    }
  }

  @Override
  public List<MetricPoint> history(String port) {
    PortHistory h = ports.get(port);
    if (h == null) {
      return List.of();
    }
    synchronized (h) {
      return List.copyOf(h.points);
    }
  }
}
