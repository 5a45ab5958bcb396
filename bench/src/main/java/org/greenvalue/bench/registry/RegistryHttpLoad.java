package org.greenvalue.bench.registry;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load against a running registry on loopback (issue 5): anchoring submissions ({@code POST
 * /anchors}) from a fixed number of concurrent callers, with p50/p99 latency and the delay until
 * sampled digests read as anchored; then status list reads (plain and conditional) and how soon a
 * status change is visible. Usage: {@code RegistryHttpLoad <baseUrl> <seconds> <callers> <label>
 * [anchors|status|all|probe]}. {@code probe} submits and follows ten digests a second for {@code
 * seconds} while another client (wrk) drives the load, and reports their anchoring delay.
 */
public final class RegistryHttpLoad {
  private static final int SAMPLE_EVERY = 200;

  private RegistryHttpLoad() {}

  public static void main(String[] args) throws Exception {
    LoadClient client = new LoadClient(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int callers = Integer.parseInt(args[2]);
    String label = args[3];
    String mode = args.length > 4 ? args[4] : "all";
    String writer = client.token("writer", "writer-secret", "registry.write registry.read");
    String reader = client.token("reader", "reader-secret", "registry.read");
    if (mode.equals("probe")) {
      probe(client, writer, reader, seconds, label);
      return;
    }
    if (!mode.equals("status")) {
      anchoring(client, writer, reader, 3, callers, "warm-up", false);
      anchoring(client, writer, reader, seconds, callers, label, true);
    }
    if (!mode.equals("anchors")) {
      // status entries belong to the organisation of their issuer DID: the authority registers it
      // with the writer as its client (a 409 from an earlier run is fine)
      String authority = client.token("authority", "authority-secret", "trust.authority");
      client.write(
          "POST",
          "/organisations",
          authority,
          "{\"id\":\"bench\",\"name\":\"Bench\",\"dids\":[\"did:web:bench.example\"],"
              + "\"clients\":[\"writer\"]}");
      new StatusListLoad(client, writer).run(seconds, callers);
    }
  }

  static void anchoring(
      LoadClient client,
      String writer,
      String reader,
      int seconds,
      int callers,
      String label,
      boolean report)
      throws Exception {
    String run = Long.toHexString(System.nanoTime());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong submitted = new AtomicLong();
    AnchoringDelay delay = new AnchoringDelay(client, reader);
    delay.start();
    List<Latencies> latencies = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        Latencies mine = new Latencies();
        latencies.add(mine);
        String prefix = run + "/" + c + "/";
        done.add(
            pool.submit(
                () -> {
                  MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                  for (long i = 0; System.nanoTime() < deadline; i++) {
                    String digest =
                        "sha256:"
                            + HexFormat.of().formatHex(sha256.digest((prefix + i).getBytes()));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.submit(writer, digest);
                    long t1 = System.nanoTime();
                    mine.add(t1 - t0);
                    if (r.statusCode() != 202) {
                      errors.incrementAndGet();
                    } else if (submitted.incrementAndGet() % SAMPLE_EVERY == 0) {
                      delay.sample(digest, t1);
                    }
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
    List<Long> delays = delay.finish();
    if (!report) {
      return;
    }
    System.out.printf(
        "anchoring [%s]: %d submissions (202) in %.1f s = %.0f/s with %d callers; latency p50 %.1f"
            + " ms, p99 %.1f ms, max %.1f ms; non-202 %d%n",
        label,
        submitted.get(),
        elapsed,
        submitted.get() / elapsed,
        callers,
        Latencies.millis(sorted, 0.50),
        Latencies.millis(sorted, 0.99),
        Latencies.millis(sorted, 1.0),
        errors.get());
    System.out.println("anchoring [" + label + "]: " + delay.summary(delays));
    System.out.println("anchoring [" + label + "]: " + lagMetric(client, reader));
  }

  /** Ten fresh digests a second, each followed until it reads ANCHORED, while others load. */
  static void probe(LoadClient client, String writer, String reader, int seconds, String label)
      throws Exception {
    String run = Long.toHexString(System.nanoTime());
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    AnchoringDelay delay = new AnchoringDelay(client, reader);
    delay.start();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int refused = 0;
    for (long i = 0; System.nanoTime() < deadline; i++) {
      String digest =
          "sha256:" + HexFormat.of().formatHex(sha256.digest((run + "/probe/" + i).getBytes()));
      HttpResponse<String> r = client.submit(writer, digest);
      if (r.statusCode() == 202) {
        delay.sample(digest, System.nanoTime());
      } else {
        refused++;
      }
      Thread.sleep(100);
    }
    System.out.println(
        "anchoring ["
            + label
            + "]: probe "
            + delay.summary(delay.finish())
            + "; refused "
            + refused);
    System.out.println("anchoring [" + label + "]: " + lagMetric(client, reader));
  }

  /** The registry's own lag timer and batch sizes, from /actuator/prometheus (whole run). */
  static String lagMetric(LoadClient client, String reader) throws Exception {
    String text = client.get("/actuator/prometheus", reader, null).body();
    List<double[]> buckets = new ArrayList<>();
    Matcher b =
        Pattern.compile("(?m)^gvr_anchoring_lag_seconds_bucket\\{le=\"([^\"]+)\"} (\\S+)")
            .matcher(text);
    while (b.find()) {
      double le =
          b.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(b.group(1));
      buckets.add(new double[] {le, Double.parseDouble(b.group(2))});
    }
    String format =
        "lag metric (submission to stored receipt, histogram buckets): p50 ≤ %s s, p99 ≤ %s s,"
            + " max %s s; batches %s, digests %s";
    return format.formatted(
        quantile(buckets, 0.5),
        quantile(buckets, 0.99),
        find(text, "(?m)^gvr_anchoring_lag_seconds_max(?:\\{[^}]*})? (\\S+)"),
        find(text, "(?m)^gvr_anchoring_batch_size_digests_count(?:\\{[^}]*})? (\\S+)"),
        find(text, "(?m)^gvr_anchoring_batch_size_digests_sum(?:\\{[^}]*})? (\\S+)"));
  }

  /** The upper bound of the first cumulative bucket holding {@code q} of all observations. */
  private static String quantile(List<double[]> buckets, double q) {
    if (buckets.isEmpty()) {
      return "?";
    }
    double total = buckets.get(buckets.size() - 1)[1];
    for (double[] bucket : buckets) {
      if (bucket[1] >= q * total) {
        return "%.3f".formatted(bucket[0]);
      }
    }
    return "?";
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  record Sample(String digest, long acceptedNanos) {}
}
