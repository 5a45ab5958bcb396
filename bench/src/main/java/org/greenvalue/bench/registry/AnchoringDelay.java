package org.greenvalue.bench.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long sampled digests take from their 202 until {@code GET /anchors/{digest}} reads ANCHORED:
 * polled every 50 ms while the load runs (so each figure is late by up to one poll round).
 */
final class AnchoringDelay {
  private final LoadClient client;
  private final String reader;
  private final Queue<RegistryHttpLoad.Sample> incoming = new ConcurrentLinkedQueue<>();
  private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean loadDone;
  private Thread poller;
  private int unanchored;

  AnchoringDelay(LoadClient client, String reader) {
    this.client = client;
    this.reader = reader;
  }

  void sample(String digest, long acceptedNanos) {
    incoming.add(new RegistryHttpLoad.Sample(digest, acceptedNanos));
  }

  void start() {
    poller = Thread.ofVirtual().start(this::poll);
  }

  /** Waits (at most 120 s after the load) for every sample; returns the delays, sorted. */
  List<Long> finish() throws InterruptedException {
    loadDone = true;
    poller.join();
    List<Long> sorted = new ArrayList<>(delays);
    Collections.sort(sorted);
    return sorted;
  }

  private void poll() {
    List<RegistryHttpLoad.Sample> open = new ArrayList<>();
    long giveUp = Long.MAX_VALUE;
    try {
      while (true) {
        RegistryHttpLoad.Sample s;
        while ((s = incoming.poll()) != null) {
          open.add(s);
        }
        if (loadDone && giveUp == Long.MAX_VALUE) {
          giveUp = System.nanoTime() + 120_000_000_000L;
        }
        if ((loadDone && open.isEmpty() && incoming.isEmpty()) || System.nanoTime() > giveUp) {
          unanchored = open.size();
          return;
        }
        for (var it = open.iterator(); it.hasNext(); ) {
          RegistryHttpLoad.Sample sample = it.next();
          String body = client.get("/anchors/" + sample.digest(), reader, null).body();
          if (body.contains("\"state\":\"ANCHORED\"")) {
            delays.add(System.nanoTime() - sample.acceptedNanos());
            it.remove();
          }
        }
        Thread.sleep(50);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String summary(List<Long> sorted) {
    String missing = unanchored == 0 ? "" : "; " + unanchored + " not anchored within 120 s";
    if (sorted.isEmpty()) {
      return "anchoring delay: no samples" + missing;
    }
    long[] values = sorted.stream().mapToLong(Long::longValue).toArray();
    return "anchoring delay (202 to ANCHORED, %d samples): p50 %.0f ms, p99 %.0f ms, max %.0f ms%s"
        .formatted(
            values.length,
            Latencies.millis(values, 0.5),
            Latencies.millis(values, 0.99),
            Latencies.millis(values, 1.0),
            missing);
  }
}
