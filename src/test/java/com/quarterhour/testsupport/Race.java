package com.quarterhour.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs contenders on their own threads and releases them together: every thread first reports
 * ready and then waits at one gate, so the calls really overlap instead of running one after
 * another as threads happen to start.
 */
public final class Race {

  private Race() {}

  /** What one contender got: its result, or what it threw. */
  public record Outcome<T>(T result, Throwable refusal) {
    public boolean won() {
      return refusal == null;
    }
  }

  public static <T> List<Outcome<T>> run(List<Callable<T>> contenders) throws Exception {
    int n = contenders.size();
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Outcome<T>>> futures = new ArrayList<>();
      for (Callable<T> contender : contenders) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          gate.await();
          try {
            return new Outcome<>(contender.call(), null);
          } catch (Exception refused) {
            return new Outcome<T>(null, refused);
          }
        }));
      }
      if (!ready.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not every contender reached the start");
      }
      gate.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<Outcome<T>> f : futures) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
