package org.greenvalue.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop HTTP load on a verify endpoint: {@code concurrency} virtual threads each POST the
 * same body back to back for {@code seconds} (after a warm-up of the same length), over keep-alive
 * HTTP/1.1; prints requests/s of 200 answers and counts anything else as an error.
 *
 * <p>Usage: {@code VerifyHttpLoad <url> <bodyFile> <seconds> <concurrency> [<tokenUrl> <clientId>
 * <secret> <scope>]} (with a token URL, a client-credentials token is sent as bearer).
 */
public final class VerifyHttpLoad {

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String body = Files.readString(Path.of(args[1]));
    int seconds = Integer.parseInt(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String bearer = args.length > 4 ? token(http, args[4], args[5], args[6], args[7]) : null;
    run(http, url, body, bearer, seconds, concurrency, false);
    run(http, url, body, bearer, seconds, concurrency, true);
  }

  private static void run(
      HttpClient http,
      URI url,
      String body,
      String bearer,
      int seconds,
      int concurrency,
      boolean report)
      throws InterruptedException {
    var ok = new LongAdder();
    var errors = new LongAdder();
    var lastError = new String[1];
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var tasks = new ArrayList<java.util.concurrent.Future<?>>();
      for (int c = 0; c < concurrency; c++) {
        tasks.add(
            pool.submit(
                () -> {
                  var builder =
                      HttpRequest.newBuilder(url)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body));
                  if (bearer != null) {
                    builder.header("Authorization", "Bearer " + bearer);
                  }
                  HttpRequest request = builder.build();
                  while (System.nanoTime() < end) {
                    try {
                      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() == 200) {
                        ok.increment();
                      } else {
                        errors.increment();
                        lastError[0] = response.statusCode() + " " + response.body();
                      }
                    } catch (Exception e) {
                      errors.increment();
                      lastError[0] = e.toString();
                    }
                  }
                  return null;
                }));
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (report) {
      System.out.printf(
          "{\"url\":\"%s\",\"concurrency\":%d,\"seconds\":%.1f,\"ok\":%d,\"errors\":%d,\"requestsPerSecond\":%.1f%s}%n",
          url,
          concurrency,
          elapsed,
          ok.sum(),
          errors.sum(),
          ok.sum() / elapsed,
          lastError[0] == null
              ? ""
              : ",\"lastError\":\""
                  + lastError[0]
                      .replace("\"", "'")
                      .substring(0, Math.min(200, lastError[0].length()))
                  + "\"");
    }
  }

  private static String token(
      HttpClient http, String tokenUrl, String id, String secret, String scope) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=" + scope))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var matcher =
        java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(response.body());
    if (!matcher.find()) {
      throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
    }
    return matcher.group(1);
  }
}
