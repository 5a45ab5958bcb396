package org.greenvalue.issuer.pact;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.credentials.jose.CompactJws;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.footprint.GreenValueExtension;
import org.greenvalue.issuer.status.CurrentStatuses;
import org.greenvalue.issuer.status.TakenEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link GreenValueExtension} on footprints as they are served: the footprint's
 * credential, the assurances over it, the organisation's ΔCO2 credentials for one of the
 * footprint's products with their assurances, and those ΔCO2 credentials' upstream references.
 * Gathered when served (three queries a page, whatever its size), so a footprint issued before its
 * ΔCO2 or assurance shows them once they exist. ΔCO2 and assurance credentials the registry's
 * revocation lists say are revoked are left out; which lists were read, and as what, is part of
 * what was served, so a cached page is known stale once one of them changes. The stored document's
 * older extension carrying the credential alone is replaced.
 */
@Component
class GreenValueExtensions {
  private static final String REDUCTION = SubjectKind.EMISSION_REDUCTION.credentialType();

  /** A stored footprint row: whose it is, its credential, its products and its document. */
  record Stored(
      long seq, String orgId, String credentialId, List<String> productIds, String document) {}

  private record Issued(
      String id,
      String orgId,
      String productId,
      String digest,
      String secured,
      List<TakenEntry> entries) {}

  /**
   * Each footprint's document as served, in the same order, and the revocation lists read for it
   * (list id to its {@code encodedList}).
   */
  record Served(List<String> documents, Map<Long, String> revocationLists) {}

  private final JdbcClient jdbc;
  private final String publicUrl;
  private final CurrentStatuses statuses;

  GreenValueExtensions(JdbcClient jdbc, IssuerPublicUrl publicUrl, CurrentStatuses statuses) {
    this.jdbc = jdbc;
    this.publicUrl = publicUrl.publicUrl();
    this.statuses = statuses;
  }

  Served serve(List<Stored> footprints) {
    if (footprints.isEmpty()) {
      return new Served(List.of(), Map.of());
    }
    Map<Long, String> lists = new HashMap<>();
    Map<String, Issued> own = byId(footprints.stream().map(Stored::credentialId).toList());
    Map<String, List<Issued>> reductions = reductions(footprints, lists);
    List<String> digests = new ArrayList<>();
    own.values().forEach(c -> digests.add(c.digest()));
    reductions.values().forEach(list -> list.forEach(c -> digests.add(c.digest())));
    Map<String, List<String>> assurances = assurances(digests, lists);
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
    return new Served(served, Map.copyOf(lists));
  }

  /**
   * Whether the registry's lists say the credential is not revoked; each list read is noted in
   * {@code lists} with what it held.
   */
  private boolean notRevoked(List<TakenEntry> entries, Map<Long, String> lists) {
    for (TakenEntry entry : entries) {
      if (entry.purpose().equals("revocation")) {
        CurrentStatuses.Revocation revocation = statuses.revocation(entry);
        lists.put(entry.listId(), revocation.listVersion());
        return !revocation.revoked();
      }
    }
    return true;
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
            SELECT id, org_id, product_id, digest, credential, status_entries
            FROM issued_credentials WHERE id = ANY(?::text[])""")
        .param(ids.toArray(String[]::new))
        .query(GreenValueExtensions::issued)
        .list()
        .forEach(c -> out.put(c.id(), c));
    return out;
  }

  /** Keyed by organisation and product (joined by a newline), oldest first. */
  private Map<String, List<Issued>> reductions(List<Stored> footprints, Map<Long, String> lists) {
    Set<String> orgs = new HashSet<>();
    Set<String> products = new HashSet<>();
    footprints.forEach(
        f -> {
          orgs.add(f.orgId());
          products.addAll(f.productIds());
        });
    Map<String, List<Issued>> out = new LinkedHashMap<>();
    jdbc
        .sql(
            """
            SELECT id, org_id, product_id, digest, credential, status_entries
            FROM issued_credentials
            WHERE kind = ? AND org_id = ANY(?::text[]) AND product_id = ANY(?::text[])
            ORDER BY created_at, id""")
        .params(REDUCTION, orgs.toArray(String[]::new), products.toArray(String[]::new))
        .query(GreenValueExtensions::issued)
        .list()
        .stream()
        .filter(c -> notRevoked(c.entries(), lists))
        .forEach(
            c ->
                out.computeIfAbsent(c.orgId() + "\n" + c.productId(), k -> new ArrayList<>())
                    .add(c));
    return out;
  }

  /** The secured assurance credentials over each digest, oldest first. */
  private Map<String, List<String>> assurances(List<String> digests, Map<Long, String> lists) {
    Map<String, List<String>> out = new HashMap<>();
    jdbc
        .sql(
            """
            SELECT assures, credential, status_entries FROM issued_credentials
            WHERE assures = ANY(?::text[]) ORDER BY created_at, id""")
        .param(digests.toArray(String[]::new))
        .query(
            (rs, row) ->
                new Assurance(
                    rs.getString("assures"),
                    rs.getString("credential"),
                    TakenEntry.listOf(rs.getString("status_entries"))))
        .list()
        .stream()
        .filter(a -> notRevoked(a.entries(), lists))
        .forEach(a -> out.computeIfAbsent(a.assures(), k -> new ArrayList<>()).add(a.secured()));
    return out;
  }

  private record Assurance(String assures, String secured, List<TakenEntry> entries) {}

  private static Issued issued(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Issued(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("product_id"),
        rs.getString("digest"),
        rs.getString("credential"),
        TakenEntry.listOf(rs.getString("status_entries")));
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
    return text.startsWith("{")
        ? JsonDocuments.parseObject(text).toOptional()
        : CompactJws.parse(text).toOptional().map(CompactJws::payload);
  }
}
