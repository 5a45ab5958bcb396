package org.greenvalue.ledger.chain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Bare JSON-RPC over HTTP for the dev chain's own methods (readiness, time travel). */
final class DevRpc {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI url;

  DevRpc(URI url) {
    this.url = url;
  }

  /** The raw JSON answer of {@code method} with {@code params} (a JSON array). */
  String call(String method, String params) throws IOException, InterruptedException {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"%s\",\"params\":%s}".formatted(method, params);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"error\"")) {
      throw new IOException(method + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
