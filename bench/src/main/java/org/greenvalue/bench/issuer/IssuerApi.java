package org.greenvalue.bench.issuer;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.greenvalue.credentials.json.JsonDocuments;

/** The issuer's HTTP API as the load scenario calls it. */
final class IssuerApi {
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  IssuerApi(URI base) {
    this.base = base;
  }

  String token(String path, String client, String secret, String scope) {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    String body =
        "grant_type=client_credentials"
            + (scope == null ? "" : "&scope=" + scope.replace(" ", "%20"));
    Reply r =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (r.status() != 200) {
      throw new IllegalStateException("no token for " + client + ": " + r.body());
    }
    return json(r.body()).getString("access_token");
  }

  Reply post(String path, String token, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply get(String path, String token) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  /** The gauge's current value from /actuator/metrics. */
  double gauge(String name, String token) {
    Reply r = get("/actuator/metrics/" + name, token);
    if (r.status() != 200) {
      return -1;
    }
    return json(r.body())
        .getJsonArray("measurements")
        .getJsonObject(0)
        .getJsonNumber("value")
        .doubleValue();
  }

  static JsonObject json(String text) {
    return JsonDocuments.parseObject(text).orElseThrow();
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Reply(int status, String body) {}
}
