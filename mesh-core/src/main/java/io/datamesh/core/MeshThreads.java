package io.datamesh.core;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads a mesh owns: a worker pool and a scheduler, named daemon threads, all stopped by close. */
final class MeshThreads {
  private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final Set<Thread> started = ConcurrentHashMap.newKeySet();

  MeshThreads(String meshName, int workerThreads) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(workerThreads, workerThreads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory(meshName + "-worker-"));
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
    ScheduledThreadPoolExecutor sched = new ScheduledThreadPoolExecutor(1, factory(meshName + "-scheduler-"));
    sched.setRemoveOnCancelPolicy(true);
    this.scheduler = sched;
  }

  ExecutorService workers() {
    return workers;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Whether the calling thread is one this mesh started (a worker running a transform, a task or an emitter). */
  boolean isMeshThread() {
    return started.contains(Thread.currentThread());
  }

  /** Stops accepting work, waits up to {@code grace} for work in flight, then interrupts what is left. */
  boolean shutdown(Duration grace) {
    scheduler.shutdownNow();
    workers.shutdown();
    boolean clean;
    try {
      clean = workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
      if (!clean) {
        workers.shutdownNow();
        workers.awaitTermination(1, TimeUnit.SECONDS);
      }
      scheduler.awaitTermination(1, TimeUnit.SECONDS);
      joinAll(); // a terminated pool's last worker may still be exiting: close() promises no thread behind
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
      clean = false;
    }
    return clean;
  }

  /**
   * Joins every thread this mesh started, for at most {@link #JOIN_LIMIT} in all (a loaded machine is slow to let
   * an interrupted thread exit; a task that ignores interrupts must not hold close forever).
   */
  private void joinAll() throws InterruptedException {
    long deadline = System.nanoTime() + JOIN_LIMIT.toNanos();
    for (Thread t : started) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      t.join(Math.max(1, left / 1_000_000));
    }
  }

  private ThreadFactory factory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      // idle workers time out; keep the set as small as the pool (only ended threads: a thread made but not
      // started yet is not alive either, and must stay known)
      started.removeIf(old -> old.getState() == Thread.State.TERMINATED);
      started.add(t);
      return t;
    };
  }
}
