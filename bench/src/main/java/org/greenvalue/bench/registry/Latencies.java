package org.greenvalue.bench.registry;

import java.util.Arrays;

/** Latencies of one caller, in nanoseconds; merged and sorted for percentiles after a run. */
final class Latencies {
  private long[] values = new long[1 << 14];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  static long[] merged(Iterable<Latencies> all) {
    int total = 0;
    for (Latencies l : all) {
      total += l.size;
    }
    long[] merged = new long[total];
    int at = 0;
    for (Latencies l : all) {
      System.arraycopy(l.values, 0, merged, at, l.size);
      at += l.size;
    }
    Arrays.sort(merged);
    return merged;
  }

  static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
