package org.greenvalue.registry.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Talks to the running registry over real HTTP, with real tokens from its authorization server. */
public final class Api {
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  public String authority() {
    return token("authority", "authority-secret", "trust.authority registry.read");
  }

  public String writer() {
    return token("writer", "writer-secret", "registry.write registry.read");
  }

  public String reader() {
    return token("reader", "reader-secret", "registry.read");
  }

  /**
   * Registers a fresh organisation as the trust authority, with these DIDs and member clients;
   * returns its id.
   */
  public String organisation(List<String> dids, String... clients) {
    String id = "org-" + UUID.randomUUID();
    HttpResult r = registerOrganisation(id, dids, List.of(clients));
    if (r.status() != 201) {
      throw new AssertionError("organisation not registered: " + r);
    }
    return id;
  }

  /**
   * The organisation registered with {@code did}; when there is none yet, a fresh one with the
   * writer as its client. Returns {@code did}, to use inline.
   */
  public String registeredDid(String did) {
    HttpResult found = get("/organisations?did=" + did, reader());
    if (found.status() == 404) {
      organisation(List.of(did), "writer");
    } else if (found.status() != 200) {
      throw new AssertionError("organisation lookup failed: " + found);
    }
    return did;
  }

  public HttpResult registerOrganisation(String id, List<String> dids, List<String> clients) {
    return post("/organisations", authority(), organisationJson(id, dids, clients));
  }

  public static String organisationJson(String id, List<String> dids, List<String> clients) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\"Organisation "
        + id
        + "\",\"dids\":"
        + strings(dids)
        + ",\"clients\":"
        + strings(clients)
        + "}";
  }

  private static String strings(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v + "\"")
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  public String token(String client, String secret, String scopes) {
    return TOKENS.computeIfAbsent(
        base + client + scopes,
        k -> {
          HttpResult r = tokenRequest(client, secret, scopes);
          if (r.status() != 200) {
            throw new AssertionError("no token for " + client + ": " + r);
          }
          return r.json().get("access_token").asText();
        });
  }

  public HttpResult tokenRequest(String client, String secret, String scopes) {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope=" + scopes.replace(" ", "%20"))));
  }

  /** A POST with a fresh idempotency key. */
  public HttpResult post(String path, String token, String json) {
    return post(path, token, UUID.randomUUID().toString(), json);
  }

  public HttpResult post(String path, String token, String key, String json) {
    return write("POST", path, token, key, json);
  }

  public HttpResult put(String path, String token, String json) {
    return write("PUT", path, token, UUID.randomUUID().toString(), json);
  }

  public HttpResult write(String method, String path, String token, String key, String json) {
    HttpRequest.Builder request =
        request(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(request);
  }

  public HttpResult get(String path, String token) {
    return send(request(path, token).GET());
  }

  public HttpResult get(String path, String token, String header, String value) {
    return send(request(path, token).header(header, value).GET());
  }

  /** A GET with each {@code name, value} pair of {@code headers} as a request header. */
  public HttpResult getWithHeaders(String path, String token, String... headers) {
    HttpRequest.Builder request = request(path, token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.GET());
  }

  public HttpResult send(String method, String path, String token, String type, String body) {
    return send(
        request(path, token)
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private HttpResult send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new HttpResult(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
