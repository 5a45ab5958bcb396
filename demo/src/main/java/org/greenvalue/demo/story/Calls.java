package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The services' API calls the story makes, each checking its answer. */
final class Calls {
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  final Endpoints at;
  final Http http = new Http();

  Calls(Endpoints at) {
    this.at = at;
  }

  /** Creates an organisation in the issuer, with its own did:web keys; returns its DID. */
  String organisation(String admin, String id, String name, String client) {
    ObjectNode body = Http.JSON.createObjectNode().put("id", id).put("name", name);
    body.put("didMethod", "web");
    body.putArray("clients").add(client);
    return http.post(at.issuer("/organisations"), admin, body.toString())
        .expect(201)
        .json()
        .get("did")
        .asText();
  }

  /** The trust authority registers an organisation, its DIDs and its clients in the registry. */
  String register(String token, String id, String name, List<String> dids, String... clients) {
    ObjectNode body = Http.JSON.createObjectNode().put("id", id).put("name", name);
    dids.forEach(body.putArray("dids")::add);
    List.of(clients).forEach(body.putArray("clients")::add);
    http.post(at.registry("/organisations"), token, body.toString()).expect(201);
    return "organisation %s: DIDs %s, clients %s"
        .formatted(id, dids.stream().map(Calls::shortDid).toList(), List.of(clients));
  }

  String accredit(String token, String did, String role, String type) {
    String body =
        Http.JSON
            .createObjectNode()
            .put("did", did)
            .put("role", role)
            .put("credentialType", type)
            .put("validFrom", "2024-01-01T00:00:00Z")
            .put("validUntil", "2030-01-01T00:00:00Z")
            .put("accreditingAuthority", "did:web:authority.greenvalue.example")
            .toString();
    JsonNode event =
        http.post(at.registry("/trust/accreditations"), token, body).expect(201).json();
    return "%s as %s for %s (tx %s)"
        .formatted(shortDid(did), role, type, event.at("/ledger/txHash").asText("?"));
  }

  /** Seals the story's files named {@code files} (text/csv or text/plain) in an evidence pack. */
  JsonNode pack(String token, String org, String... files) {
    List<Http.FilePart> parts = new ArrayList<>();
    for (String file : files) {
      String type = file.endsWith(".csv") ? "text/csv" : "text/plain";
      parts.add(new Http.FilePart(file, type, resource(file)));
    }
    return http.upload(at.issuer("/organisations/" + org + "/packs"), token, parts)
        .expect(201)
        .json();
  }

  /** Issues a PCF credential over {@code footprint}, bound to the evidence pack. */
  JsonNode footprint(String token, String org, JsonNode footprint, JsonNode pack) {
    ObjectNode request = Http.JSON.createObjectNode();
    request.set("footprint", footprint);
    request.put("format", "vc+jwt");
    request
        .putObject("evidencePack")
        .put("manifestDigest", pack.get("manifestDigest").asText())
        .put("merkleRoot", pack.get("merkleRoot").asText());
    return http.post(
            at.issuer("/organisations/" + org + "/credentials/footprint"),
            token,
            request.toString())
        .expect(201)
        .json();
  }

  /** Issues a credential of {@code kind} (reduction, assurance) over {@code subject}. */
  JsonNode issue(String token, String org, String kind, JsonNode subject, String format) {
    return tryIssue(token, org, kind, subject, format).expect(201).json();
  }

  Http.Reply tryIssue(String token, String org, String kind, JsonNode subject, String format) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set(kind, subject);
    body.put("format", format);
    return http.post(
        at.issuer("/organisations/" + org + "/credentials/" + kind), token, body.toString());
  }

  /** The supplier engages {@code provider} for all its packs until 2030. */
  String engage(String token, String supplier, String provider) {
    String body =
        Http.JSON
            .createObjectNode()
            .put("provider", provider)
            .put("validUntil", "2030-01-01T00:00:00Z")
            .toString();
    JsonNode engagement =
        http.post(at.issuer("/organisations/" + supplier + "/engagements"), token, body)
            .expect(201)
            .json();
    return "engagement %s: %s may see all packs of %s until %s"
        .formatted(
            engagement.get("id").asText(),
            provider,
            supplier,
            engagement.get("validUntil").asText());
  }

  /** The organisation lets the PACT client {@code clientId} read its footprints. */
  String bindPactClient(String token, String org, String clientId) {
    String body = Http.JSON.createObjectNode().put("clientId", clientId).toString();
    http.post(at.issuer("/organisations/" + org + "/pact-clients"), token, body).expect(201);
    return "PACT client " + clientId + " may read the footprints of " + org;
  }

  /** The verifier pulls the host's footprints with {@code clientId} and verifies them. */
  JsonNode pullOverPact(String verifier, String clientId, String secret) {
    String body =
        Http.JSON
            .createObjectNode()
            .put("hostUrl", at.issuer().toString())
            .put("tokenUrl", at.issuer("/auth/token").toString())
            .put("clientId", clientId)
            .put("clientSecret", secret)
            .toString();
    return http.post(at.verifier("/pact/verifications"), verifier, body).expect(200).json();
  }

  /** The verifier's eligibility verdict under {@code policy} on an assured, anchored ΔCO2 claim. */
  JsonNode eligibility(
      String verifier, String policy, JsonNode claim, String assurance, JsonNode receipt) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.set("verifiableCredential", claim);
    ObjectNode options = body.putObject("options");
    options.putArray("assurances").add(assurance);
    options.set("anchorReceipt", receipt);
    options.put("requiredAssuranceLevel", "reasonable");
    return http.post(at.verifier("/eligibility/" + policy), verifier, body.toString())
        .expect(200)
        .json();
  }

  String awaitDidHistory(String token, String did) {
    Instant deadline = Instant.now().plus(PATIENCE);
    URI url = at.registry("/dids/history?did=" + URLEncoder.encode(did, StandardCharsets.UTF_8));
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = http.get(url, token);
      if (r.status() == 200) {
        JsonNode versions = r.json().path("versions");
        return "DID history of %s: %d version(s), the first from %s"
            .formatted(shortDid(did), versions.size(), versions.path(0).path("validFrom").asText());
      }
      pause();
    }
    throw new StoryFailure("the DID history of " + did + " was not registered within 2 minutes");
  }

  /** Waits until every issued credential is anchored; returns the first one's receipt. */
  JsonNode awaitAllAnchored(String token, JsonNode first, JsonNode... more) {
    JsonNode receipt = awaitAnchored(token, first.get("digest").asText());
    for (JsonNode issued : more) {
      awaitAnchored(token, issued.get("digest").asText());
    }
    return receipt;
  }

  /** Waits for the registry to anchor {@code digest}; returns the anchor receipt. */
  JsonNode awaitAnchored(String token, String digest) {
    Instant deadline = Instant.now().plus(PATIENCE);
    URI url = at.registry("/anchors/" + digest);
    while (Instant.now().isBefore(deadline)) {
      Http.Reply r = http.get(url, token);
      if (r.status() == 200 && "ANCHORED".equals(r.json().path("state").asText())) {
        return r.json().get("receipt");
      }
      pause();
    }
    throw new StoryFailure(digest + " was not anchored within 2 minutes");
  }

  /** A retirement request body. */
  static String retirement(
      String quantity, String reason, String beneficiary, String purpose, String year) {
    return Http.JSON
        .createObjectNode()
        .put("beneficiary", beneficiary)
        .put("purpose", purpose)
        .put("reason", reason)
        .put("quantity", quantity)
        .set(
            "claimPeriod",
            Http.JSON
                .createObjectNode()
                .put("start", year + "-01-01T00:00:00Z")
                .put("end", (Integer.parseInt(year) + 1) + "-01-01T00:00:00Z"))
        .toString();
  }

  static String shortDid(String did) {
    return did.length() > 40 ? did.substring(0, 24) + "…" + did.substring(did.length() - 8) : did;
  }

  static byte[] resource(String name) {
    try (InputStream in = Calls.class.getResourceAsStream("/story/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /story/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode jsonResource(String name) {
    try {
      return (ObjectNode) Http.JSON.readTree(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoryFailure("interrupted");
    }
  }
}
