package org.greenvalue.issuer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.client.support.RegistryProcess;

/** Request bodies for the tests. */
public final class Fixtures {
  public static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** Creates an organisation as the admin and returns its JSON (id, did, keys). */
  public static JsonNode organisation(Http http, String id, String didMethod, String... clients) {
    ObjectNode body = JSON.createObjectNode().put("id", id).put("name", "Org " + id);
    body.put("didMethod", didMethod);
    body.putArray("clients")
        .addAll(List.of(clients).stream().map(JSON.getNodeFactory()::textNode).toList());
    Http.Reply r = http.post("/organisations", http.admin(), body.toString());
    if (r.status() != 201) {
      throw new AssertionError("organisation not created: " + r);
    }
    // the trust authority registers it in the registry too, with the issuer's registry client
    RegistryProcess.get()
        .admin()
        .ensureOrganisation(id, List.of(r.json().get("did").asText()), "writer");
    return r.json();
  }

  /** Binds a PACT client to {@code org}, as the supplier (a member of {@code org}). */
  public static void bindPactClient(Http http, String org, String clientId) {
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/pact-clients",
            http.supplier(),
            JSON.createObjectNode().put("clientId", clientId).toString());
    if (r.status() != 201 && r.status() != 200) {
      throw new AssertionError("PACT client not bound: " + r);
    }
  }

  /** An engagement request body: {@code packs} empty means all packs. */
  public static String engagement(String provider, String validUntil, String... packs) {
    ObjectNode body = JSON.createObjectNode().put("provider", provider);
    body.put("validUntil", validUntil);
    if (packs.length > 0) {
      body.putArray("packs")
          .addAll(List.of(packs).stream().map(JSON.getNodeFactory()::textNode).toList());
    }
    return body.toString();
  }

  /**
   * The supplier engages {@code provider} for a day over the given packs (none: all packs); returns
   * the engagement's id.
   */
  public static String engage(Http http, String supplier, String provider, String... packs) {
    Http.Reply r =
        http.post(
            "/organisations/" + supplier + "/engagements",
            http.supplier(),
            engagement(provider, java.time.Instant.now().plusSeconds(86_400).toString(), packs));
    if (r.status() != 201) {
      throw new AssertionError("engagement not granted: " + r);
    }
    return r.json().get("id").asText();
  }

  /** The PACT v3 example footprint with a fresh id. */
  public static ObjectNode footprint() {
    ObjectNode footprint = (ObjectNode) read("/fixtures/footprint.json");
    footprint.put("id", UUID.randomUUID().toString());
    return footprint;
  }

  public static String footprintRequest(JsonNode footprint, String format) {
    ObjectNode body = JSON.createObjectNode();
    body.set("footprint", footprint);
    body.put("format", format);
    return body.toString();
  }

  /** Issues a vc+jwt footprint for {@code product} in {@code org}; returns the footprint's id. */
  public static String issueFootprint(Http http, String org, String product) {
    ObjectNode footprint = footprint();
    footprint.putArray("productIds").add(product);
    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            footprintRequest(footprint, "vc+jwt"));
    if (r.status() != 201) {
      throw new AssertionError("footprint not issued: " + r);
    }
    return footprint.get("id").asText();
  }

  /** A ΔCO2 subject: 1250.400 − 830.125 = 420.275 tCO2e, bound to a pack. */
  public static ObjectNode reduction(String manifestDigest, String merkleRoot) {
    ObjectNode r = JSON.createObjectNode();
    r.put("type", "EmissionReduction");
    r.put("projectId", "urn:gvr:project:test:" + UUID.randomUUID());
    r.put("facilityId", "urn:gvr:facility:test:plant-2");
    r.put("methodology", "ISO 14064-2");
    r.put("baselineEmissions", "1250.400");
    r.put("projectEmissions", "830.125");
    r.put("reduction", "420.275");
    r.put("unit", "tCO2e");
    r.putObject("monitoringPeriod")
        .put("start", "2024-04-01T00:00:00Z")
        .put("end", "2025-04-01T00:00:00Z");
    r.putArray("measurementSources")
        .addObject()
        .put("sourceType", "metered")
        .put("meterId", "EM-0042")
        .put("description", "steam boiler gas meter");
    r.putObject("evidencePack").put("manifestDigest", manifestDigest).put("merkleRoot", merkleRoot);
    return r;
  }

  public static String wrap(String member, JsonNode subject, String format) {
    ObjectNode body = JSON.createObjectNode();
    body.set(member, subject);
    body.put("format", format);
    return body.toString();
  }

  /** An assurance statement over a claim digest and evidence root. */
  public static ObjectNode assurance(String claimDigest, String evidenceRoot) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", "AssuranceStatement");
    a.put("assuredCredential", claimDigest);
    a.put("evidenceMerkleRoot", evidenceRoot);
    a.put("level", "reasonable");
    a.put("standard", "ISO 14064-3");
    a.put("materiality", "5");
    a.put("opinion", "unmodified");
    a.putObject("period").put("start", "2024-04-01T00:00:00Z").put("end", "2025-04-01T00:00:00Z");
    a.put("scope", "ΔCO2 of the heat pump project");
    a.putObject("accreditation")
        .put("body", "JAB")
        .put("reference", "VV-0042")
        .put("standard", "ISO 14065");
    return a;
  }

  /** Uploads a small pack (a CSV and a PDF) as the supplier. */
  public static JsonNode pack(Http http, String org) {
    Http.Reply r =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(
                new Http.FilePart(
                    "meter-readings.csv",
                    "text/csv",
                    "meter,kwh\nEM-0042,1200.5\n".getBytes(StandardCharsets.UTF_8)),
                new Http.FilePart(
                    "invoice.pdf",
                    "application/pdf",
                    "%PDF-1.4\n% test invoice\n".getBytes(StandardCharsets.UTF_8))));
    if (r.status() != 201) {
      throw new AssertionError("pack not stored: " + r);
    }
    return r.json();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
