package io.datamesh.core.emit;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events that could not be sent yet, on disk as JSON-lines segment files {@code outbox-<first seq>.jsonl}; segment
 * order is delivery order. One process owns a directory at a time (a file lock). Not thread-safe: the sender calls
 * it under its lock, except {@link #read} of a sealed segment.
 */
final class Outbox implements AutoCloseable {
  static final int SEGMENT_EVENTS = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  private static final Pattern NAME = Pattern.compile("outbox-(\\d{19})\\.jsonl");

  private final Path dir;
  private final long maxBytes;
  private final FsyncPolicy fsync;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final TreeMap<Long, Segment> segments = new TreeMap<>();
  private @Nullable Segment tail;
  private @Nullable FileChannel tailChannel;
  private long bytes;
  private long events;

  /** One segment file; {@code delivered} lines from its start have been sent in this process. */
  static final class Segment {
    final long first;
    final Path path;
    int lines;
    long bytes;
    int delivered;

    Segment(long first, Path path) {
      this.first = first;
      this.path = path;
    }
  }

  Outbox(Path dir, long maxBytes, FsyncPolicy fsync) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.fsync = fsync;
    try {
      Files.createDirectories(dir);
      this.lockChannel = FileChannel.open(dir.resolve("outbox.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        lockChannel.close();
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "the outbox " + dir + " is in use by another "
            + "transport; give each transport its own outbox directory");
      }
      this.lock = l;
      scan();
    } catch (IOException e) {
      throw new MeshException(MeshStatus.UNAVAILABLE, "cannot open the lineage outbox " + dir + ": " + e
          + "; check that the directory is writable", e);
    }
  }

  private void scan() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          Segment s = new Segment(Long.parseLong(m.group(1)), p);
          try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
            s.lines = (int) lines.filter(l -> !l.isBlank()).count();
          }
          s.bytes = Files.size(p);
          add(s);
        }
      }
    }
    if (events > 0) {
      LOG.info("lineage outbox {} holds {} event(s) from an earlier run; they are sent first", dir, events);
    }
  }

  private void add(Segment s) {
    segments.put(s.first, s);
    bytes += s.bytes;
    events += s.lines;
  }

  /** The first sequence number after every event on disk. */
  long nextSeq() {
    return segments.isEmpty() ? 0 : segments.lastEntry().getValue().first + segments.lastEntry().getValue().lines;
  }

  boolean isEmpty() {
    return segments.isEmpty();
  }

  long events() {
    return events;
  }

  /** Appends the newest event; false if the outbox is full. */
  boolean append(long seq, String json) throws IOException {
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    if (bytes + line.length > maxBytes) {
      return false;
    }
    if (tail == null || tailChannel == null || tail.lines >= SEGMENT_EVENTS) {
      seal();
      Segment s = new Segment(seq, dir.resolve(name(seq)));
      tailChannel = FileChannel.open(s.path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      tail = s;
      segments.put(s.first, s);
    }
    write(tailChannel, line);
    if (fsync == FsyncPolicy.EVERY_EVENT) {
      tailChannel.force(false);
    }
    tail.lines++;
    tail.bytes += line.length;
    bytes += line.length;
    events++;
    return true;
  }

  /**
   * Stores events older than everything on disk (a batch that could not be sent and the queue behind it) as a new
   * first segment. Keeps the oldest that fit under the cap.
   *
   * @return how many were stored
   */
  int prepend(List<Sender.Item> items) throws IOException {
    if (items.isEmpty()) {
      return 0;
    }
    long first = items.get(0).seq();
    if (!segments.isEmpty() && first >= segments.firstKey()) {
      throw new IllegalStateException("outbox order broken: " + first + " is not older than " + segments.firstKey());
    }
    StringBuilder text = new StringBuilder();
    int stored = 0;
    long size = 0;
    for (Sender.Item item : items) {
      int length = (item.json() + "\n").getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size + length > maxBytes) {
        break;
      }
      text.append(item.json()).append('\n');
      size += length;
      stored++;
    }
    if (stored == 0) {
      return 0;
    }
    Segment s = new Segment(first, dir.resolve(name(first)));
    writeAtomically(s.path, text.toString());
    s.lines = stored;
    s.bytes = size;
    add(s);
    return stored;
  }

  /** The oldest segment, sealed so that appends go to a new one. */
  Segment oldest() throws IOException {
    Segment s = segments.firstEntry().getValue();
    if (s == tail) {
      seal();
    }
    return s;
  }

  List<String> read(Segment s) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(s.path, StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }

  /** Removes a segment whose every event was delivered. */
  void done(Segment s) throws IOException {
    Files.deleteIfExists(s.path);
    remove(s);
  }

  /** Rewrites a partly delivered segment without its delivered lines, so a restart does not send them again. */
  void trim(Segment s, List<String> lines) throws IOException {
    if (s.delivered == 0 || s.delivered >= lines.size()) {
      if (s.delivered > 0) {
        done(s);
      }
      return;
    }
    Segment rest = new Segment(s.first + s.delivered, dir.resolve(name(s.first + s.delivered)));
    StringBuilder text = new StringBuilder();
    for (String l : lines.subList(s.delivered, lines.size())) {
      text.append(l).append('\n');
    }
    writeAtomically(rest.path, text.toString());
    rest.lines = lines.size() - s.delivered;
    rest.bytes = Files.size(rest.path);
    Files.deleteIfExists(s.path);
    remove(s);
    add(rest);
  }

  private void remove(Segment s) {
    if (segments.remove(s.first) != null) {
      bytes -= s.bytes;
      events -= s.lines;
    }
  }

  void force() throws IOException {
    if (tailChannel != null && fsync != FsyncPolicy.NEVER) {
      tailChannel.force(false);
    }
  }

  private void seal() throws IOException {
    if (tailChannel != null) {
      if (fsync != FsyncPolicy.NEVER) {
        tailChannel.force(false);
      }
      tailChannel.close();
    }
    tailChannel = null;
    tail = null;
  }

  private void writeAtomically(Path target, String text) throws IOException {
    Path tmp = dir.resolve(target.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      write(ch, text.getBytes(StandardCharsets.UTF_8));
      if (fsync != FsyncPolicy.NEVER) {
        ch.force(false);
      }
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void write(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      ch.write(buffer);
    }
  }

  private static String name(long seq) {
    return String.format(java.util.Locale.ROOT, "outbox-%019d.jsonl", seq);
  }

  @Override
  public void close() {
    try {
      seal();
    } catch (IOException e) {
      LOG.error("cannot close the lineage outbox {}", dir, e);
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.error("cannot release the lock of the lineage outbox {}", dir, e);
    }
  }

  @Override
  public String toString() {
    return "Outbox[" + dir + ", " + events + " events]";
  }
}
