package io.datamesh.core;

import io.datamesh.api.PortAddress;
import io.datamesh.api.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who read which port version, and when last: at most {@code perVersion} principals per port version (the least
 * recently seen are forgotten first, as they matter least to a retirement) and {@link #VERSIONS_PER_PORT} versions.
 */
final class ConsumerLog {
  static final int VERSIONS_PER_PORT = 16;

  /** One principal's last read of a port version. */
  record Read(PortAddress port, Version version, String principal, Instant at) {}

  private final int perVersion;
  private final Map<PortAddress, LinkedHashMap<Version, LinkedHashMap<String, Instant>>> reads =
      new ConcurrentHashMap<>();

  ConsumerLog(int perVersion) {
    this.perVersion = perVersion;
  }

  void record(PortAddress port, Version version, String principal, Instant at) {
    LinkedHashMap<Version, LinkedHashMap<String, Instant>> versions =
        reads.computeIfAbsent(port, p -> new Lru<>(VERSIONS_PER_PORT));
    synchronized (versions) {
      versions.computeIfAbsent(version, v -> new Lru<>(perVersion)).put(principal, at);
    }
  }

  /** Returns the reads of a port at or after {@code since}, newest last. */
  List<Read> since(PortAddress port, Instant since) {
    List<Read> out = new ArrayList<>();
    LinkedHashMap<Version, LinkedHashMap<String, Instant>> versions = reads.get(port);
    if (versions == null) {
      return out;
    }
    synchronized (versions) {
      versions.forEach((v, principals) -> principals.forEach((who, at) -> {
        if (!at.isBefore(since)) {
          out.add(new Read(port, v, who, at));
        }
      }));
    }
    return out;
  }

  /** A map that forgets its least recently used entry beyond a bound. */
  private static final class Lru<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int bound;

    Lru(int bound) {
      super(16, 0.75f, true);
      this.bound = bound;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > bound;
    }
  }
}
