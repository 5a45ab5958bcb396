package org.greenvalue.verification.registry;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * Reads the registry's JSON API with an OAuth2 client-credentials token from its {@code
 * /oauth2/token} endpoint (HTTP Basic client authentication), cached until shortly before it
 * expires or until the registry refuses it (401: dropped, and the call tried once more). No
 * redirects; every failure is a value. Thread-safe.
 */
public final class RegistryClient {

  private static final int MAX_BODY = 1024 * 1024;

  private final URI base;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final HttpClient http;
  private final Duration timeout;
  private Token token;

  public RegistryClient(URI base, String clientId, String clientSecret, Clock clock) {
    this.base = Objects.requireNonNull(base, "base");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timeout = Duration.ofSeconds(10);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI base() {
    return base;
  }

  /** The path with each value percent-encoded, e.g. {@code path("/trust/", did)}. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * GET a JSON object; 404 gives an empty optional, other non-2xx statuses a failure. A 401 (the
   * registry no longer accepts our token, e.g. after its restart) drops the token and tries once
   * more with a new one.
   */
  public Result<Optional<JsonObject>> getJson(String pathAndQuery) {
    URI uri = base.resolve(pathAndQuery);
    Result<HttpResponse<String>> answer = get(uri);
    if (answer.succeeded() && answer.value().statusCode() == 401) {
      forget(answer.value().request().headers().firstValue("Authorization").orElse(""));
      answer = get(uri);
    }
    return answer.flatMap(
        response -> {
          if (response.statusCode() == 404) {
            return Result.success(Optional.empty());
          }
          if (response.statusCode() / 100 != 2) {
            return Result.failure("GET " + uri + " answered " + response.statusCode());
          }
          return JsonDocuments.parseObject(response.body()).map(Optional::of);
        });
  }

  private Result<HttpResponse<String>> get(URI uri) {
    Result<String> bearer = bearer();
    if (!bearer.succeeded()) {
      return Result.failure(bearer.reason());
    }
    var request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + bearer.value())
            .GET()
            .build();
    return send(request);
  }

  /** Drops the token the registry refused, unless another thread has already replaced it. */
  private synchronized void forget(String refusedAuthorization) {
    if (token != null && refusedAuthorization.equals("Bearer " + token.value())) {
      token = null;
    }
  }

  private synchronized Result<String> bearer() {
    Instant now = clock.instant();
    if (token != null && now.isBefore(token.expiresAt())) {
      return Result.success(token.value());
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(base.resolve("/oauth2/token"))
            .timeout(timeout)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=registry.read"))
            .build();
    return send(request)
        .flatMap(
            response ->
                response.statusCode() == 200
                    ? JsonDocuments.parseObject(response.body())
                    : Result.failure(
                        "the registry refused the client credentials of "
                            + clientId
                            + " ("
                            + response.statusCode()
                            + ")"))
        .flatMap(
            json -> {
              String value = json.getString("access_token", null);
              if (value == null) {
                return Result.failure("the token response has no access_token");
              }
              long seconds =
                  json.getJsonNumber("expires_in") == null
                      ? 60
                      : json.getJsonNumber("expires_in").longValue();
              token = new Token(value, now.plusSeconds(Math.max(0, seconds - 10)));
              return Result.success(value);
            });
  }

  private Result<HttpResponse<String>> send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.body().length() > MAX_BODY) {
        return Result.failure(request.uri() + ": response larger than " + MAX_BODY + " bytes");
      }
      return Result.success(response);
    } catch (IOException e) {
      return Result.failure("registry unreachable at " + request.uri() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failure("interrupted while calling " + request.uri());
    }
  }

  private record Token(String value, Instant expiresAt) {}
}
