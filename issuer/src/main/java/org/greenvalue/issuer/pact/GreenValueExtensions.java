package org.greenvalue.issuer.pact;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.footprint.GreenValueExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link GreenValueExtension} on footprints as they are served: the footprint's
 * credential, the assurances over it, the organisation's ΔCO2 credentials for one of the
 * footprint's products with their assurances, and those ΔCO2 credentials' upstream references.
 * Gathered when served (three queries a page, whatever its size), so a footprint issued before its
 * ΔCO2 or assurance shows them once they exist; revoked ΔCO2 and assurance credentials are left
 * out. The stored document's older extension carrying the credential alone is replaced.
 */
@Component
class GreenValueExtensions {
  private static final String REDUCTION = SubjectKind.EMISSION_REDUCTION.credentialType();

  /** A stored footprint row: whose it is, its credential, its products and its document. */
  record Stored(
      long seq, String orgId, String credentialId, List<String> productIds, String document) {}

  private record Issued(String id, String orgId, String productId, String digest, String secured) {}

  private final JdbcClient jdbc;
  private final String publicUrl;

  GreenValueExtensions(JdbcClient jdbc, IssuerPublicUrl publicUrl) {
    this.jdbc = jdbc;
    this.publicUrl = publicUrl.publicUrl();
  }

  /** Each footprint's document as served, in the same order. */
  List<String> serve(List<Stored> footprints) {
    if (footprints.isEmpty()) {
      return List.of();
    }
    Map<String, Issued> own = byId(footprints.stream().map(Stored::credentialId).toList());
    Map<String, List<Issued>> reductions = reductions(footprints);
    List<String> digests = new ArrayList<>();
    own.values().forEach(c -> digests.add(c.digest()));
    reductions.values().forEach(list -> list.forEach(c -> digests.add(c.digest())));
    Map<String, List<String>> assurances = assurances(digests);
    List<String> served = new ArrayList<>(footprints.size());
    for (Stored footprint : footprints) {
      Issued credential = own.get(footprint.credentialId());
      List<GreenValueExtension.Reduction> mine = new ArrayList<>();
      List<JsonObject> custody = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String product : footprint.productIds()) {
        for (Issued r : reductions.getOrDefault(footprint.orgId() + "\n" + product, List.of())) {
          if (seen.add(r.id())) {
            mine.add(
                new GreenValueExtension.Reduction(
                    r.secured(), assurances.getOrDefault(r.digest(), List.of())));
            custody.addAll(upstream(r));
          }
        }
      }
      var contents =
          new GreenValueExtension.Contents(
              credential.secured(),
              assurances.getOrDefault(credential.digest(), List.of()),
              mine,
              custody);
      served.add(
          JsonDocuments.write(
              withExtension(
                  JsonDocuments.parseObject(footprint.document()).value(),
                  GreenValueExtension.of(publicUrl, contents))));
    }
    return served;
  }

  /** The supplier's own extensions first, then ours; the older credential-only one left out. */
  private static JsonObject withExtension(JsonObject stored, JsonObject extension) {
    JsonObject bare = GreenValueExtension.withoutOurs(stored);
    JsonArrayBuilder extensions = JSON.createArrayBuilder();
    if (bare.get("extensions") instanceof JsonArray existing) {
      existing.forEach(extensions::add);
    }
    extensions.add(extension);
    return JSON.createObjectBuilder(bare).add("extensions", extensions).build();
  }

  private Map<String, Issued> byId(List<String> ids) {
    Map<String, Issued> out = new HashMap<>();
    jdbc.sql(
            """
            SELECT id, org_id, product_id, digest, credential FROM issued_credentials
            WHERE id = ANY(?::text[])""")
        .param(ids.toArray(String[]::new))
        .query(GreenValueExtensions::issued)
        .list()
        .forEach(c -> out.put(c.id(), c));
    return out;
  }

  /** Keyed by organisation and product (joined by a newline), oldest first. */
  private Map<String, List<Issued>> reductions(List<Stored> footprints) {
    Set<String> orgs = new HashSet<>();
    Set<String> products = new HashSet<>();
    footprints.forEach(
        f -> {
          orgs.add(f.orgId());
          products.addAll(f.productIds());
        });
    Map<String, List<Issued>> out = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT id, org_id, product_id, digest, credential FROM issued_credentials
            WHERE kind = ? AND NOT revoked AND org_id = ANY(?::text[])
              AND product_id = ANY(?::text[])
            ORDER BY created_at, id""")
        .params(REDUCTION, orgs.toArray(String[]::new), products.toArray(String[]::new))
        .query(GreenValueExtensions::issued)
        .list()
        .forEach(
            c ->
                out.computeIfAbsent(c.orgId() + "\n" + c.productId(), k -> new ArrayList<>())
                    .add(c));
    return out;
  }

  /** The secured assurance credentials over each digest, oldest first. */
  private Map<String, List<String>> assurances(List<String> digests) {
    Map<String, List<String>> out = new HashMap<>();
    jdbc.sql(
            """
            SELECT assures, credential FROM issued_credentials
            WHERE assures = ANY(?::text[]) AND NOT revoked ORDER BY created_at, id""")
        .param(digests.toArray(String[]::new))
        .query((rs, row) -> Map.entry(rs.getString("assures"), rs.getString("credential")))
        .list()
        .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }

  private static Issued issued(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Issued(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("product_id"),
        rs.getString("digest"),
        rs.getString("credential"));
  }

  /** The ΔCO2 credential's {@code credentialSubject.upstream}, each with its credential's id. */
  private static List<JsonObject> upstream(Issued reduction) {
    Optional<JsonObject> payload = payload(reduction.secured());
    if (payload.isEmpty()
        || !(payload.get().get("credentialSubject") instanceof JsonObject subject)
        || !(subject.get("upstream") instanceof JsonArray upstream)) {
      return List.of();
    }
    List<JsonObject> out = new ArrayList<>();
    for (JsonValue each : upstream) {
      if (each instanceof JsonObject reference) {
        out.add(
            JSON.createObjectBuilder()
                .add("credentialId", reduction.id())
                .addAll(JSON.createObjectBuilder(reference))
                .build());
      }
    }
    return out;
  }

  /** The credential JSON of one of our stored credentials: itself, or its compact JWS payload. */
  private static Optional<JsonObject> payload(String secured) {
    String text = secured.strip();
    if (!text.startsWith("{")) {
      String[] parts = text.split("\\.", -1);
      if (parts.length != 3) {
        return Optional.empty();
      }
      text = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
    var parsed = JsonDocuments.parseObject(text);
    return parsed.succeeded() ? Optional.of(parsed.value()) : Optional.empty();
  }
}
