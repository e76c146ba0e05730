package io.datamesh.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends run log lines to SLF4J with the run's context and keeps the last {@value #KEEP} for the run result. */
final class RunLogImpl implements RunLog {
  static final int KEEP = 50;
  private static final Logger LOG = LoggerFactory.getLogger(Transform.class);

  private final String context;
  private final Deque<String> lines = new ArrayDeque<>();

  RunLogImpl(String context) {
    this.context = context;
  }

  @Override
  public void info(String message) {
    LOG.info("{}: {}", context, message);
    keep("INFO " + message);
  }

  @Override
  public void warn(String message) {
    LOG.warn("{}: {}", context, message);
    keep("WARN " + message);
  }

  void error(String message) {
    LOG.error("{}: {}", context, message);
    keep("ERROR " + message);
  }

  private void keep(String line) {
    synchronized (lines) {
      if (lines.size() == KEEP) {
        lines.removeFirst();
      }
      lines.addLast(line);
    }
  }

  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }
}
