package org.greenvalue.bench.issuer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs {@code total} requests on {@code concurrency} threads, each a closed loop, and reports
 * throughput and latency percentiles. A request returns its result (or null when it failed).
 */
final class LoadRun {
  private LoadRun() {}

  record Outcome(
      int ok, int failed, double seconds, long p50Micros, long p99Micros, List<String> results) {
    double perSecond() {
      return ok / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          "%d ok, %d failed in %.2f s: %.0f/s, p50 %.1f ms, p99 %.1f ms",
          ok, failed, seconds, perSecond(), p50Micros / 1000.0, p99Micros / 1000.0);
    }
  }

  static Outcome run(int total, int concurrency, IntFunction<String> request) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[total];
    String[] results = new String[total];
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      workers.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                  long begin = System.nanoTime();
                  results[i] = request.apply(i);
                  latencies[i] = (System.nanoTime() - begin) / 1000;
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    int ok = (int) Arrays.stream(results).filter(r -> r != null).count();
    return new Outcome(
        ok,
        total - ok,
        seconds,
        sorted[(int) (total * 0.50)],
        sorted[Math.min(total - 1, (int) Math.ceil(total * 0.99) - 1)],
        Arrays.asList(results));
  }
}
