package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The explorer's latency on 100,000 lots: seeds them (with 300,000 events, 20,000 retirements,
 * 20,000 trust events, 10,000 anchor batches) straight in SQL, then times requests to the running
 * registry over HTTP. Not part of the test suite (its name does not end in Test); run it with
 * {@code ./mvnw -B -pl registry -am verify -Djacoco.skip=true -Dtest=ExplorerLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to stdout and target/explorer-latency.md.
 */
class ExplorerLatencyBenchmark extends RegistryIntegrationTest {
  static final int LOTS = 100_000;
  static final int WARMUP = 100;
  static final int REQUESTS = 500;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void measuresExplorerLatencyOn100000Lots() throws Exception {
    String prefix = "bench" + Long.toHexString(System.nanoTime());
    long seeding = System.nanoTime();
    ExplorerSeed.seed(jdbc, prefix, LOTS);
    double seedSeconds = (System.nanoTime() - seeding) / 1e9;
    UUID deep = ExplorerSeed.lotId(prefix, LOTS / 2);
    Instant deepAt =
        jdbc.sql("SELECT created_at FROM lots WHERE id = ?")
            .param(deep)
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    UUID lot = ExplorerSeed.lotId(prefix, LOTS - 5);

    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("search, first page (all lots)", "/explorer/api/lots");
    paths.put("search by organisation, first page", "/explorer/api/lots?q=" + prefix + "-org-7");
    paths.put(
        "deep page by cursor (lot 50,000)",
        "/explorer/api/lots?after=" + Cursors.time(deepAt, deep));
    paths.put("lot history (lot, events, custody, retirements)", "/explorer/api/lots/" + lot);
    paths.put("retirements, first page", "/explorer/api/retirements");

    StringBuilder report = new StringBuilder();
    report.append("| request | p50 ms | p95 ms |\n|---|---|---|\n");
    for (var e : paths.entrySet()) {
      double[] ms = time(e.getValue());
      report.append(
          "| %s | %.2f | %.2f |%n".formatted(e.getKey(), percentile(ms, 50), percentile(ms, 95)));
    }
    report.append(
        "%n%d lots seeded in %.1f s; %d requests each after %d warm-up, one client, sequential.%n"
            .formatted(LOTS, seedSeconds, REQUESTS, WARMUP));
    System.out.println(report);
    Files.writeString(Path.of("target", "explorer-latency.md"), report);
  }

  private double[] time(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    for (int i = 0; i < WARMUP; i++) {
      send(request);
    }
    double[] ms = new double[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long start = System.nanoTime();
      send(request);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private void send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(request.uri() + " " + r.body()).isEqualTo(200);
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }
}
