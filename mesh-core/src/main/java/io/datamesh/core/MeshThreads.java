package io.datamesh.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final List<Thread> started = new ArrayList<>();

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
      joinStarted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
      clean = false;
    }
    return clean;
  }

  private ThreadFactory factory(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      synchronized (started) {
        started.add(t);
      }
      return t;
    };
  }

  /** A terminated pool may still have threads finishing their exit; wait for them so none outlives close. */
  private void joinStarted() throws InterruptedException {
    List<Thread> all;
    synchronized (started) {
      all = List.copyOf(started);
    }
    for (Thread t : all) {
      t.join(1000);
    }
  }
}
