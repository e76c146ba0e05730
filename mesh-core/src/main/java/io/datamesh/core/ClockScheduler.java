package io.datamesh.core;

import java.time.Clock;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks when the mesh clock reaches their due instant, not when wall time does, so a test clock that jumps an
 * hour ahead fires an hourly trigger at once. The scheduler thread re-reads the clock at least every
 * {@value #MAX_WAIT_MILLIS} ms while tasks are waiting, and sleeps when none are.
 */
final class ClockScheduler implements AutoCloseable {
  static final long MAX_WAIT_MILLIS = 20;
  private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);

  private final Clock clock;
  private final Executor workers;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private final AtomicLong seq = new AtomicLong();
  private final Thread thread;
  private boolean closed;

  ClockScheduler(String meshName, Clock clock, Executor workers) {
    this.clock = clock;
    this.workers = workers;
    this.thread = new Thread(this::loop, meshName + "-scheduler");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** A scheduled task that can be cancelled before it runs. */
  interface Handle {
    void cancel();
  }

  Handle schedule(Instant due, Runnable task) {
    Entry e = new Entry(due, seq.incrementAndGet(), task);
    synchronized (queue) {
      if (closed) {
        throw new RejectedExecutionException("scheduler is closed");
      }
      queue.add(e);
      queue.notifyAll();
    }
    return () -> {
      synchronized (queue) {
        queue.remove(e);
      }
    };
  }

  private void loop() {
    while (true) {
      Entry next;
      synchronized (queue) {
        while (!closed && (queue.isEmpty() || queue.peek().due.isAfter(clock.instant()))) {
          long wait = queue.isEmpty() ? 0 : Math.max(1, Math.min(MAX_WAIT_MILLIS,
              queue.peek().due.toEpochMilli() - clock.instant().toEpochMilli()));
          try {
            queue.wait(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (closed) {
          return;
        }
        next = queue.poll();
      }
      try {
        workers.execute(next.task);
      } catch (RejectedExecutionException e) {
        LOG.debug("mesh is closing: a scheduled task was dropped");
      }
    }
  }

  @Override
  public void close() {
    synchronized (queue) {
      closed = true;
      queue.clear();
      queue.notifyAll();
    }
    try {
      thread.join(10_000); // it exits once woken; bounded in case a user Clock blocks it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Entry(Instant due, long seq, Runnable task) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = due.compareTo(o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
