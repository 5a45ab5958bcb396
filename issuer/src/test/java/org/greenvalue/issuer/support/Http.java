package org.greenvalue.issuer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Talks to the running issuer over real HTTP, with real tokens from its authorization server. */
public final class Http {
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public String base() {
    return base;
  }

  public String admin() {
    return token("admin", "admin-secret", "issuer.admin issuer.read");
  }

  public String supplier() {
    return token("supplier", "supplier-secret", "issuer.supplier issuer.read");
  }

  public String assurer() {
    return token("assurer", "assurer-secret", "issuer.assurance issuer.read");
  }

  public String token(String client, String secret, String scopes) {
    return TOKENS.computeIfAbsent(
        base + client + scopes,
        k -> {
          Reply r =
              tokenRequest("/oauth2/token", client, secret, "scope=" + scopes.replace(" ", "%20"));
          if (r.status() != 200) {
            throw new AssertionError("no token for " + client + ": " + r);
          }
          return r.json().get("access_token").asText();
        });
  }

  public Reply tokenRequest(String path, String client, String secret, String extra) {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials" + (extra.isEmpty() ? "" : "&" + extra))));
  }

  public Reply post(String path, String token, String json) {
    return send("POST", path, token, "application/json", json);
  }

  /** A request with a body; {@code headers} are extra name, value pairs. */
  public Reply send(
      String method, String path, String token, String type, String body, String... headers) {
    HttpRequest.Builder request =
        request(path, token)
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public byte[] getBytes(String path, String token) {
    try {
      HttpResponse<byte[]> r =
          http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError(
            r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A multipart/form-data upload: each file is (name, media type, bytes). */
  public Reply upload(String path, String token, List<FilePart> files) {
    String boundary = "----gvr" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (FilePart f : files) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.name()
                    + "\"\r\nContent-Type: "
                    + f.mediaType()
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(f.bytes());
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return send(
        request(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  /** A file to upload. */
  public record FilePart(String name, String mediaType, byte[] bytes) {}

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A response. */
  public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public boolean isProblem(int expected) {
      return status == expected
          && String.valueOf(header("Content-Type")).startsWith("application/problem+json")
          && json().path("status").asInt() == expected
          && json().hasNonNull("type");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
