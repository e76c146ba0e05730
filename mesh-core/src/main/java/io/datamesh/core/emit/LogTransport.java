package io.datamesh.core.emit;

import io.datamesh.core.lineage.LineageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each event's JSON at INFO on {@code io.datamesh.lineage}, so any SLF4J backend can route it. */
final class LogTransport implements LineageTransport {
  private static final Logger LOG = LoggerFactory.getLogger("io.datamesh.lineage");

  @Override
  public void send(LineageEvent event) {
    LOG.info("{}", event.json());
  }

  @Override
  public String toString() {
    return "LogTransport[io.datamesh.lineage]";
  }
}
