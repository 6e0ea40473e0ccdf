package se.vp.render;

import se.vp.diagnostic.VpException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent renders side by side, one thread per core, and reports the first failure. */
final class Parallel {

  /** A render step that may fail with a finding. */
  interface Task<T> {
    void run(T item) throws VpException;
  }

  private Parallel() {}

  static <T> void run(T[] items, Task<T> task) throws VpException {
    int threads = Math.max(1, Math.min(items.length, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "vp-render");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> {
          task.run(item);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          futures.forEach(f -> f.cancel(true));
          if (e.getCause() instanceof VpException failure) {
            throw failure;
          }
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rendering was interrupted", e);
    } finally {
      pool.shutdownNow();
      awaitEnd(pool);
    }
  }

  /**
   * Waits for the renders still running after a failure: Maven closes the plugin's jars when the
   * goal ends, and a thread still loading classes from them would fail in front of the user.
   */
  private static void awaitEnd(ExecutorService pool) {
    try {
      pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
