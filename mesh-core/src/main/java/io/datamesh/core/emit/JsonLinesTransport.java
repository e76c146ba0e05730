package io.datamesh.core.emit;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.core.lineage.LineageEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends one JSON line per event; every write goes straight to the file, fsync follows the policy. */
final class JsonLinesTransport implements LineageTransport {
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesTransport.class);

  private final Path file;
  private final FsyncPolicy fsync;
  private final FileChannel channel;
  private boolean closed;

  JsonLinesTransport(Path file, FsyncPolicy fsync) {
    this.file = Objects.requireNonNull(file, "file");
    this.fsync = Objects.requireNonNull(fsync, "fsync");
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "cannot open " + file + " to append lineage events: " + e
          + "; check that the directory exists and is writable", e);
    }
  }

  @Override
  public synchronized void send(LineageEvent event) {
    if (closed) {
      LOG.warn("lineage file {} is closed; event {} is dropped", file, event);
      return;
    }
    try {
      ByteBuffer line = ByteBuffer.wrap((event.json() + "\n").getBytes(StandardCharsets.UTF_8));
      while (line.hasRemaining()) {
        channel.write(line);
      }
      if (fsync == FsyncPolicy.EVERY_EVENT) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "cannot append a lineage event to " + file + ": " + e, e);
    }
  }

  @Override
  public synchronized boolean flush(Duration timeout) {
    if (closed || fsync == FsyncPolicy.NEVER) {
      return true;
    }
    try {
      channel.force(false);
      return true;
    } catch (IOException e) {
      LOG.error("cannot force lineage file {} to disk", file, e);
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    flush(Duration.ZERO);
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      LOG.error("cannot close lineage file {}", file, e);
    }
  }

  @Override
  public String toString() {
    return "JsonLinesTransport[" + file + ", " + fsync + "]";
  }
}
