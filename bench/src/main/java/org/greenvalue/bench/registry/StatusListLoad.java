package org.greenvalue.bench.registry;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.credentials.status.BitstringStatusList;

/**
 * Status list reads ({@code GET /status-lists/revocation/{id}}, public): plain GETs and conditional
 * GETs with {@code If-None-Match} (304), each from a fixed number of callers; then how soon a
 * revocation is visible: PUT, then poll the list every 10 ms until the entry's bit is set.
 */
final class StatusListLoad {
  private static final Pattern ENCODED = Pattern.compile("\"encodedList\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LIST_URL =
      Pattern.compile("\"statusListCredential\"\\s*:\\s*\"[^\"]*(/status-lists/[^\"]+)\"");
  private static final Pattern INDEX = Pattern.compile("\"statusListIndex\"\\s*:\\s*\"(\\d+)\"");
  private static final String ISSUER = "{\"issuer\":\"did:web:bench.example\"}";

  private final LoadClient client;
  private final String writer;

  StatusListLoad(LoadClient client, String writer) {
    this.client = client;
    this.writer = writer;
  }

  void run(int seconds, int callers) throws Exception {
    Entry entry = allocate();
    String etag = client.get(entry.path(), null, null).headers().firstValue("ETag").orElseThrow();
    reads("plain GET", entry.path(), null, 200, 2, callers);
    reads("plain GET", entry.path(), null, 200, seconds, callers);
    reads("If-None-Match", entry.path(), etag, 304, seconds, callers);
    visibility(5);
  }

  private void reads(String label, String path, String etag, int expected, int seconds, int callers)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong ok = new AtomicLong();
    AtomicLong other = new AtomicLong();
    List<Latencies> latencies = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        Latencies mine = new Latencies();
        latencies.add(mine);
        done.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    int status = client.get(path, null, etag).statusCode();
                    mine.add(System.nanoTime() - t0);
                    (status == expected ? ok : other).incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = Latencies.merged(latencies);
    System.out.printf(
        "status list %s: %d × %d in %.1f s = %.0f req/s with %d callers; p50 %.1f ms, p99 %.1f ms;"
            + " other statuses %d%n",
        label,
        ok.get(),
        expected,
        elapsed,
        ok.get() / elapsed,
        callers,
        Latencies.millis(sorted, 0.5),
        Latencies.millis(sorted, 0.99),
        other.get());
  }

  private void visibility(int rounds) throws Exception {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      Entry entry = allocate();
      client.get(entry.path(), null, null); // the list is cached as it was before the change
      HttpResponse<String> put =
          client.write(
              "PUT",
              entry.path() + "/entries/" + entry.index(),
              writer,
              "{\"set\":true,\"reason\":\"bench\"}");
      long changed = System.nanoTime();
      if (put.statusCode() != 200) {
        throw new IllegalStateException("PUT failed: " + put.statusCode() + " " + put.body());
      }
      while (!isSet(client.get(entry.path(), null, null).body(), entry.index())) {
        Thread.sleep(10);
      }
      delays.add(System.nanoTime() - changed);
    }
    System.out.printf(
        "status change visible (PUT answered to bit set in a GET), %d rounds: %s ms%n",
        rounds, delays.stream().map(d -> "%.0f".formatted(d / 1e6)).toList());
  }

  private static boolean isSet(String credential, int index) {
    Matcher m = ENCODED.matcher(credential);
    if (!m.find()) {
      throw new IllegalStateException("no encodedList");
    }
    return BitstringStatusList.decode(m.group(1), 1).value().isSet(index);
  }

  private Entry allocate() throws Exception {
    String body = client.write("POST", "/status-lists/revocation/entries", writer, ISSUER).body();
    Matcher url = LIST_URL.matcher(body);
    Matcher index = INDEX.matcher(body);
    if (!url.find() || !index.find()) {
      throw new IllegalStateException("no entry: " + body);
    }
    return new Entry(url.group(1), Integer.parseInt(index.group(1)));
  }

  record Entry(String path, int index) {}
}
