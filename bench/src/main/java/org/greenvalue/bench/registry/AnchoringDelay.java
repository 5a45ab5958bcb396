package org.greenvalue.bench.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * How long sampled digests took from their 202 until {@code GET /anchors/{digest}} reads ANCHORED,
 * polled every 50 ms (so each figure is late by up to one poll).
 */
final class AnchoringDelay {
  private AnchoringDelay() {}

  static List<Long> await(
      LoadClient client, String reader, Collection<RegistryHttpLoad.Sample> samples)
      throws Exception {
    List<RegistryHttpLoad.Sample> open = new ArrayList<>(samples);
    List<Long> delays = new ArrayList<>();
    long giveUp = System.nanoTime() + 120_000_000_000L;
    while (!open.isEmpty() && System.nanoTime() < giveUp) {
      for (var it = open.iterator(); it.hasNext(); ) {
        RegistryHttpLoad.Sample s = it.next();
        String body = client.get("/anchors/" + s.digest(), reader, null).body();
        if (body.contains("\"state\":\"ANCHORED\"")) {
          delays.add(System.nanoTime() - s.acceptedNanos());
          it.remove();
        }
      }
      Thread.sleep(50);
    }
    if (!open.isEmpty()) {
      System.out.println("anchoring: " + open.size() + " samples not anchored within 120 s");
    }
    Collections.sort(delays);
    return delays;
  }

  static String summary(List<Long> sorted) {
    if (sorted.isEmpty()) {
      return "anchoring delay: no samples";
    }
    long[] values = sorted.stream().mapToLong(Long::longValue).toArray();
    return "anchoring delay (202 to ANCHORED, %d samples): p50 %.0f ms, p99 %.0f ms, max %.0f ms"
        .formatted(
            values.length,
            Latencies.millis(values, 0.5),
            Latencies.millis(values, 0.99),
            Latencies.millis(values, 1.0));
  }
}
