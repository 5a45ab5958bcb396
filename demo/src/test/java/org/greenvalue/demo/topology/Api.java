package org.greenvalue.demo.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** The services' HTTP APIs as the topology test calls them: JSON, bearer tokens, over TLS. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;

  Api(HttpClient client) {
    this.client = client;
  }

  /** An answer: its status, body and {@code Location}. */
  record Reply(int status, String body, Optional<String> location) {
    boolean accepted() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    Reply expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected HTTP " + expected + ", got " + status + ": " + body);
      }
      return this;
    }
  }

  /**
   * A client-credentials token from {@code tokenUrl}. Id and secret are form-encoded before Basic
   * encoding (RFC 6749 §2.3.1): the deployment's secrets are base64, with {@code +} and {@code /}.
   */
  String token(URI tokenUrl, String clientId, String secret, String scope) throws IOException {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                        + ":"
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
    String form = "grant_type=client_credentials&scope=" + scope.replace(" ", "%20");
    Reply reply =
        send(
            HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    return reply.expect(200).json().get("access_token").asText();
  }

  Reply get(URI url, String token) throws IOException {
    return send(HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token).GET());
  }

  Reply post(URI url, String token, String json) throws IOException {
    return send(
        HttpRequest.newBuilder(url)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The registry's DID: the issuer of its signed trust list. */
  String registryDid(URI registry) throws IOException {
    Reply reply = send(HttpRequest.newBuilder(registry.resolve("/trust/list")).GET());
    return reply.expect(200).json().path("issuer").asText();
  }

  /** Whether the instance's readiness group is UP. */
  boolean ready(URI instance) {
    try {
      Reply reply =
          send(HttpRequest.newBuilder(instance.resolve("/actuator/health/readiness")).GET());
      return reply.status() == 200 && reply.body().contains("\"UP\"");
    } catch (IOException down) {
      return false;
    }
  }

  private Reply send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response =
          client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(), response.body(), response.headers().firstValue("Location"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
