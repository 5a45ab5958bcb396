package org.greenvalue.registry.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** What a test does to the registry as its trust authority (the demo client {@code authority}). */
public final class RegistryAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  RegistryAdmin(URI base) {
    this.base = base;
  }

  /** Accredits {@code did} as {@code role} for {@code type} from a year ago for three years. */
  public JsonNode accredit(String did, String role, String credentialType) {
    Instant now = Instant.now();
    String body =
        JSON.createObjectNode()
            .put("did", did)
            .put("role", role)
            .put("credentialType", credentialType)
            .put("validFrom", now.minusSeconds(365L * 86400).toString())
            .put("validUntil", now.plusSeconds(3L * 365 * 86400).toString())
            .put("accreditingAuthority", "did:web:authority.example")
            .toString();
    return expect(post("/trust/accreditations", body), 201);
  }

  /** A status change ({@code SUSPEND}, {@code REINSTATE}, {@code REVOKE}) of an accreditation. */
  public JsonNode changeStatus(String did, String credentialType, String action) {
    String body =
        JSON.createObjectNode()
            .put("did", did)
            .put("credentialType", credentialType)
            .put("action", action)
            .put("reason", "test")
            .toString();
    return expect(post("/trust/status-changes", body), 201);
  }

  /**
   * Registers organisation {@code id} with these DIDs and member clients, unless one is already
   * registered under that id or with the first DID (tests share one registry).
   */
  public void ensureOrganisation(String id, List<String> dids, String... clients) {
    if (!dids.isEmpty()) {
      Reply found =
          get(
              "/organisations?did=" + URLEncoder.encode(dids.getFirst(), StandardCharsets.UTF_8),
              "reader",
              "reader-secret",
              "registry.read");
      if (found.status() == 200) {
        return;
      }
    }
    if (get("/organisations/" + id, "reader", "reader-secret", "registry.read").status() == 200) {
      return;
    }
    var body = JSON.createObjectNode().put("id", id).put("name", "Organisation " + id);
    dids.forEach(body.putArray("dids")::add);
    List.of(clients).forEach(body.putArray("clients")::add);
    expect(post("/organisations", body.toString()), 201);
  }

  /** GET with a token of the given demo client. */
  public Reply get(String path, String client, String secret, String scopes) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token(client, secret, scopes))
            .GET());
  }

  /** The registry's public status list credential at {@code url}. */
  public Reply getPublic(URI url) {
    return send(HttpRequest.newBuilder(url).GET());
  }

  private Reply post(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header(
                "Authorization",
                "Bearer " + token("authority", "authority-secret", "trust.authority registry.read"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private String token(String client, String secret, String scopes) {
    String basic =
        Base64.getEncoder()
            .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    Reply r =
        send(
            HttpRequest.newBuilder(base.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope=" + scopes.replace(" ", "%20"))));
    return expect(r, 200).get("access_token").asText();
  }

  private static JsonNode expect(Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + " from the registry, got " + reply);
    }
    return reply.json();
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A response: status and body. */
  public record Reply(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }
}
