package io.datamesh.core.emit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery loop of an {@link HttpTransport}, run by its own thread. Order is global: events carry a sequence
 * number; while anything is in the outbox, new events are appended to it, and a batch that could not be sent is
 * stored, with the queue behind it, as the outbox's first segment. So the queue only ever holds events older than
 * everything on disk, and the sender sends the queue first, then the outbox from its oldest segment.
 */
final class Sender implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

  /** One serialized event and its place in the delivery order. */
  record Item(long seq, String json) {}

  private enum Result { SENT, REJECTED, GAVE_UP, STOPPED }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Item> queue = new ArrayDeque<>();
  private final Outbox outbox;
  private final Poster poster;
  private final int capacity;
  private final int batchSize;
  private final int maxAttempts;
  private final long initialBackoff;
  private final long maxBackoff;

  // Guarded by lock.
  private long nextSeq;
  private int inFlight;
  private boolean replaying;
  private boolean closing;
  private boolean stopped;
  private long closeDeadline;
  private long pausedUntil;
  private final Counters counters = new Counters();

  Sender(Outbox outbox, Poster poster, HttpTransportBuilder b) {
    this.outbox = outbox;
    this.poster = poster;
    this.capacity = b.queueCapacity;
    this.batchSize = b.batchSize;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff.toNanos();
    this.maxBackoff = b.maxBackoff.toNanos();
    this.nextSeq = outbox.nextSeq();
  }

  /** Queues an event, or spills it to the outbox; called by the host's threads, never blocks on the network. */
  void offer(String json) {
    lock.lock();
    try {
      long seq = nextSeq++;
      if (!stopped && outbox.isEmpty() && queue.size() < capacity) {
        queue.add(new Item(seq, json));
      } else if (closing && stopped) {
        counters.dropped++;
        LOG.warn("lineage transport to {} is closed; an event is dropped", poster.target());
      } else {
        spill(seq, json);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void spill(long seq, String json) {
    try {
      if (outbox.append(seq, json)) {
        counters.spilled++;
        return;
      }
      counters.dropped++;
      if (counters.dropped == 1 || counters.dropped % 1000 == 0) {
        LOG.warn("lineage outbox for {} is full; {} event(s) dropped so far", poster.target(), counters.dropped);
      }
    } catch (IOException e) {
      counters.dropped++;
      LOG.error("cannot write to the lineage outbox for {}; an event is dropped", poster.target(), e);
    }
  }

  @Override
  public void run() {
    try {
      for (Object work = next(); work != null; work = next()) {
        if (work instanceof Outbox.Segment s) {
          replay(s);
        } else {
          @SuppressWarnings("unchecked")
          List<Item> batch = (List<Item>) work;
          deliverQueued(batch);
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.error("lineage sender for {} stopped unexpectedly; events go to the outbox", poster.target(), e);
    } finally {
      lock.lock();
      try {
        stopped = true;
        store(drainQueue(List.of()));
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** The next batch from the queue, or the oldest outbox segment, or null when it is time to stop. */
  private @Nullable Object next() {
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        if (closing && now - closeDeadline >= 0) {
          return null;
        }
        if (!queue.isEmpty()) {
          List<Item> batch = new ArrayList<>();
          while (!queue.isEmpty() && batch.size() < batchSize) {
            batch.add(queue.poll());
          }
          inFlight = batch.size();
          return batch;
        }
        boolean paused = pausedUntil != 0 && now - pausedUntil < 0;
        if (!outbox.isEmpty() && !paused) {
          try {
            replaying = true;
            return outbox.oldest();
          } catch (IOException e) {
            replaying = false;
            LOG.error("cannot seal the lineage outbox segment; retrying later", e);
            pausedUntil = now + maxBackoff;
            continue;
          }
        }
        if (closing) {
          return null;
        }
        changed.signalAll();
        if (paused) {
          changed.awaitNanos(pausedUntil - now);
        } else {
          changed.await();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void deliverQueued(List<Item> batch) {
    Result r = deliver(batch);
    lock.lock();
    try {
      inFlight = 0;
      if (r == Result.SENT) {
        counters.sent += batch.size();
      } else if (r == Result.GAVE_UP || r == Result.STOPPED) {
        store(drainQueue(batch));
        if (r == Result.GAVE_UP) {
          pausedUntil = System.nanoTime() + maxBackoff;
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void replay(Outbox.Segment segment) {
    List<String> lines;
    try {
      lines = outbox.read(segment);
    } catch (IOException e) {
      LOG.error("cannot read lineage outbox segment {}; retrying later", segment.path, e);
      pause(Result.GAVE_UP, segment, List.of());
      return;
    }
    int i = segment.delivered;
    while (i < lines.size()) {
      List<Item> chunk = new ArrayList<>();
      for (int j = i; j < lines.size() && chunk.size() < batchSize; j++) {
        chunk.add(new Item(segment.first + j, lines.get(j)));
      }
      Result r = deliver(chunk);
      if (r == Result.GAVE_UP || r == Result.STOPPED) {
        pause(r, segment, lines);
        return;
      }
      i += chunk.size();
      lock.lock();
      try {
        segment.delivered = i;
        if (r == Result.SENT) {
          counters.sent += chunk.size();
          counters.replayed += chunk.size();
        }
      } finally {
        lock.unlock();
      }
    }
    lock.lock();
    try {
      outbox.done(segment);
    } catch (IOException e) {
      LOG.error("cannot delete delivered lineage outbox segment {}", segment.path, e);
    } finally {
      replaying = false;
      changed.signalAll();
      lock.unlock();
    }
  }

  private void pause(Result r, Outbox.Segment segment, List<String> lines) {
    lock.lock();
    try {
      if (r == Result.STOPPED && !lines.isEmpty()) {
        outbox.trim(segment, lines);
      } else {
        pausedUntil = System.nanoTime() + maxBackoff;
      }
    } catch (IOException e) {
      LOG.error("cannot trim lineage outbox segment {}; its delivered events will be sent again", segment.path, e);
    } finally {
      replaying = false;
      changed.signalAll();
      lock.unlock();
    }
  }

  /** Sends one batch, retrying with exponential backoff while the failure is worth retrying. */
  private Result deliver(List<Item> batch) {
    long backoff = initialBackoff;
    for (int attempt = 1; ; attempt++) {
      if (stopRequested()) {
        return Result.STOPPED;
      }
      Poster.Response response;
      try {
        response = poster.post(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Result.STOPPED;
      }
      if (response.ok()) {
        return Result.SENT;
      }
      if (!response.retryable()) {
        rejected(batch, response);
        return Result.REJECTED;
      }
      if (attempt >= maxAttempts) {
        LOG.warn("OpenLineage endpoint {} failed {} time(s), last with {}; {} event(s) go to the outbox and are "
            + "retried later", poster.target(), attempt, response.summary(), batch.size());
        return Result.GAVE_UP;
      }
      LOG.debug("OpenLineage endpoint {} answered {}; retry {} in {} ms", poster.target(), response.summary(),
          attempt, TimeUnit.NANOSECONDS.toMillis(backoff));
      if (!backOff(backoff)) {
        return Result.STOPPED;
      }
      backoff = Math.min(backoff * 2, maxBackoff);
    }
  }

  private void rejected(List<Item> batch, Poster.Response response) {
    LOG.warn("OpenLineage endpoint {} rejected {} event(s) with {}; they are not retried. First event: {}",
        poster.target(), batch.size(), response.summary(), abbreviate(batch.get(0).json()));
    lock.lock();
    try {
      counters.rejected += batch.size();
      counters.lastRejection = response.summary();
    } finally {
      lock.unlock();
    }
  }

  private boolean stopRequested() {
    lock.lock();
    try {
      return closing && System.nanoTime() - closeDeadline >= 0;
    } finally {
      lock.unlock();
    }
  }

  /** Waits before a retry; false if the close deadline passed meanwhile. */
  private boolean backOff(long nanos) {
    lock.lock();
    try {
      counters.retries++;
      long end = System.nanoTime() + nanos;
      while (true) {
        long now = System.nanoTime();
        if (closing && now - closeDeadline >= 0) {
          return false;
        }
        if (now - end >= 0) {
          return true;
        }
        long wait = closing ? Math.min(end - now, closeDeadline - now) : end - now;
        changed.awaitNanos(wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  private List<Item> drainQueue(List<Item> first) {
    List<Item> all = new ArrayList<>(first);
    all.addAll(queue);
    queue.clear();
    return all;
  }

  /** Stores events older than the whole outbox in front of it; counts what does not fit as dropped. */
  private void store(List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    int stored = 0;
    try {
      stored = outbox.prepend(items);
    } catch (IOException e) {
      LOG.error("cannot write to the lineage outbox for {}", poster.target(), e);
    }
    counters.spilled += stored;
    counters.dropped += items.size() - stored;
    if (stored < items.size()) {
      LOG.warn("lineage outbox for {} is full; {} event(s) dropped", poster.target(), items.size() - stored);
    }
  }

  /** Waits until everything handed over is delivered; probes a paused endpoint at once. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      pausedUntil = 0;
      changed.signalAll();
      while (!(queue.isEmpty() && inFlight == 0 && !replaying && outbox.isEmpty())) {
        long left = end - System.nanoTime();
        if (left <= 0 || stopped) {
          return false;
        }
        changed.awaitNanos(left);
      }
      outbox.force();
      return true;
    } catch (IOException e) {
      LOG.error("cannot force the lineage outbox to disk", e);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Asks the loop to deliver until the deadline, then to keep the rest in the outbox and stop. */
  void beginClose(Duration timeout) {
    lock.lock();
    try {
      if (!closing) {
        closing = true;
        closeDeadline = System.nanoTime() + timeout.toNanos();
        pausedUntil = 0;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** After the thread ended: keeps whatever it left behind and releases the outbox. */
  void finishClose() {
    lock.lock();
    try {
      stopped = true;
      store(drainQueue(List.of()));
      outbox.close();
    } finally {
      lock.unlock();
    }
  }

  DeliveryStats stats() {
    lock.lock();
    try {
      return new Counters.Snapshot(counters.sent, counters.retries, counters.rejected, counters.spilled,
          counters.replayed, counters.dropped, queue.size() + inFlight, outbox.events(),
          Optional.ofNullable(counters.lastRejection));
    } finally {
      lock.unlock();
    }
  }

  private static String abbreviate(String json) {
    return json.length() <= 300 ? json : json.substring(0, 300) + "...";
  }
}
