package org.greenvalue.verification.pact;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * Pulls footprints from a PACT v3 host: a client-credentials token from its token URL (HTTP Basic
 * client authentication, form body {@code grant_type=client_credentials}), then {@code GET
 * /3/footprints} page by page, following the {@code Link: <...>; rel="next"} header. Next links
 * must stay on the host's origin; at most {@code maxPages} pages are read. No redirects.
 */
public final class PactClient {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final int MAX_BODY = 8 * 1024 * 1024;

  private final HttpClient http;
  private final int maxPages;

  public PactClient(int maxPages) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.maxPages = maxPages;
  }

  /** Every footprint the host lists, in order, up to {@code maxPages} pages of {@code limit}. */
  public Result<List<JsonObject>> footprints(PactHost host, int limit) {
    Result<String> token = token(host);
    if (!token.succeeded()) {
      return Result.failure(token.reason());
    }
    var all = new ArrayList<JsonObject>();
    URI next = host.baseUrl().resolve("/3/footprints?limit=" + limit);
    for (int page = 0; page < maxPages && next != null; page++) {
      if (!sameOrigin(host.baseUrl(), next)) {
        return Result.failure("next link " + next + " leaves the host " + host.baseUrl());
      }
      var request =
          HttpRequest.newBuilder(next)
              .timeout(Duration.ofSeconds(15))
              .header("Authorization", "Bearer " + token.value())
              .header("Accept", "application/json")
              .GET()
              .build();
      Result<HttpResponse<String>> response = send(request);
      if (!response.succeeded()) {
        return Result.failure(response.reason());
      }
      if (response.value().statusCode() != 200) {
        return Result.failure(
            "GET "
                + next
                + " answered "
                + response.value().statusCode()
                + ": "
                + code(response.value().body()));
      }
      var parsed = JsonDocuments.parseObject(response.value().body());
      if (!parsed.succeeded() || !(parsed.value().get("data") instanceof JsonArray data)) {
        return Result.failure("GET " + next + ": not a PACT footprint list ({\"data\": [...]})");
      }
      for (JsonValue item : data) {
        if (item instanceof JsonObject footprint) {
          all.add(footprint);
        }
      }
      next = nextLink(next, response.value().headers().firstValue("Link"));
    }
    return Result.success(all);
  }

  private Result<String> token(PactHost host) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (form(host.clientId()) + ":" + form(host.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(host.tokenUrl())
            .timeout(Duration.ofSeconds(15))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    return send(request)
        .flatMap(
            response -> {
              if (response.statusCode() != 200) {
                return Result.failure(
                    "the PACT host refused the client credentials ("
                        + response.statusCode()
                        + ": "
                        + code(response.body())
                        + ")");
              }
              var json = JsonDocuments.parseObject(response.body());
              if (!json.succeeded() || json.value().getString("access_token", null) == null) {
                return Result.failure("the PACT token response has no access_token");
              }
              return Result.success(json.value().getString("access_token"));
            });
  }

  /**
   * The PACT error code ({@code {"code": "AccessDenied", "message": ...}}), else the body's start.
   */
  private static String code(String body) {
    var json = JsonDocuments.parseObject(body);
    if (json.succeeded() && json.value().containsKey("code")) {
      return json.value().getString("code", "?") + " " + json.value().getString("message", "");
    }
    return body.length() > 200 ? body.substring(0, 200) : body;
  }

  private static URI nextLink(URI current, Optional<String> header) {
    if (header.isEmpty()) {
      return null;
    }
    Matcher m = NEXT.matcher(header.get());
    return m.find() ? current.resolve(m.group(1)) : null;
  }

  private static boolean sameOrigin(URI base, URI other) {
    return base.getScheme().equalsIgnoreCase(other.getScheme())
        && base.getHost().equalsIgnoreCase(other.getHost())
        && port(base) == port(other);
  }

  private static int port(URI uri) {
    return uri.getPort() != -1
        ? uri.getPort()
        : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Result<HttpResponse<String>> send(HttpRequest request) {
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.body().length() > MAX_BODY) {
        return Result.failure(request.uri() + ": response larger than " + MAX_BODY + " bytes");
      }
      return Result.success(response);
    } catch (IOException e) {
      return Result.failure("PACT host unreachable at " + request.uri() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failure("interrupted while calling " + request.uri());
    }
  }
}
