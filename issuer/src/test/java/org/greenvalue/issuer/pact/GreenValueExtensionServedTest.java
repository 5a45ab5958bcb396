package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.footprint.GreenValueExtensionSchema;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.issuer.support.Tokens;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Footprints are served with the green value extension: their credential, the assurances over it,
 * and their organisation's ΔCO2 credentials for their products with their assurances, gathered when
 * served; every extension valid against the schema served at its dataSchema URL.
 */
class GreenValueExtensionServedTest extends IssuerIntegrationTest {
  private static String supplier;
  private static String assurer;
  private static JsonNode pack;

  @Autowired JWKSource<SecurityContext> keys;

  @BeforeEach
  void organisations() {
    if (supplier == null) {
      Http http = http();
      supplier = orgId("gv-maker");
      Fixtures.organisation(http, supplier, "web", "supplier");
      assurer = orgId("gv-auditor");
      String did = Fixtures.organisation(http, assurer, "key", "assurer").get("did").asText();
      registry().admin().accredit(did, "ASSURANCE_PROVIDER", "AssuranceCredential");
      pack = Fixtures.pack(http, supplier);
      Fixtures.engage(http, supplier, assurer);
    }
  }

  @Test
  void aFootprintIssuedBeforeItsReductionAndAssurancesShowsThemOnceTheyExist() {
    Http http = http();
    String product = "urn:pact:product-id:gv:" + UUID.randomUUID();
    JsonNode pcf = issueFootprint(product, true);
    String footprintId = pcf.get("footprintId").asText();
    String buyer = buyer(supplier);
    String list = "/3/footprints?productId=" + product;

    JsonNode before = only(http.get(list, buyer));
    JsonNode data = extension(before).get("data");
    assertThat(data.get("credential").get("credential").asText())
        .isEqualTo(pcf.get("verifiableCredential").asText());
    assertThat(data.get("assurances")).isEmpty();
    assertThat(data.get("reductions")).isEmpty();
    assertThat(data.get("custody")).isEmpty();

    ObjectNode subject =
        Fixtures.reduction(pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText());
    subject.put("productId", product);
    Http.Reply reduction = issue(subject, "eddsa-rdfc-2022");
    ObjectNode otherProduct =
        Fixtures.reduction(pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText());
    otherProduct.put("productId", product + ":other");
    issue(otherProduct, "vc+jwt");
    Http.Reply overReduction = assure(reduction.json().get("digest").asText());
    Http.Reply overFootprint = assure(pcf.get("digest").asText());

    JsonNode after = only(http.get(list, buyer));
    data = extension(after).get("data");
    assertThat(data.get("assurances")).hasSize(1);
    assertThat(data.get("assurances").get(0).get("credential").asText())
        .isEqualTo(overFootprint.json().get("verifiableCredential").asText());
    assertThat(data.get("reductions")).hasSize(1);
    JsonNode shown = data.get("reductions").get(0);
    assertThat(shown.get("credential").get("mediaType").asText()).isEqualTo("application/vc");
    assertThat(shown.get("credential").get("credential"))
        .isEqualTo(reduction.json().get("verifiableCredential"));
    assertThat(shown.get("assurances")).hasSize(1);
    assertThat(shown.get("assurances").get(0).get("credential").asText())
        .isEqualTo(overReduction.json().get("verifiableCredential").asText());

    Http.Reply single = http.get("/3/footprints/" + footprintId, buyer);
    assertThat(single.status()).as(single.toString()).isEqualTo(200);
    assertThat(single.json().get("data")).isEqualTo(after);
  }

  /**
   * The registry's lists are the only record of revocation: a ΔCO2 credential revoked at the
   * registry directly (another issuer instance, an operator's tool) reads as revoked at once and
   * leaves the extension within the lists' refresh time; an assurance revoked through the issuer
   * leaves it at once.
   */
  @Test
  void revocationsAreReadFromTheRegistrysListsWhoeverMadeThem() {
    Http http = http();
    String product = "urn:pact:product-id:gv-revoked:" + UUID.randomUUID();
    JsonNode pcf = issueFootprint(product, true);
    ObjectNode subject =
        Fixtures.reduction(pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText());
    subject.put("productId", product);
    Http.Reply reduction = issue(subject, "eddsa-rdfc-2022");
    Http.Reply assurance = assure(pcf.get("digest").asText());
    String buyer = buyer(supplier);
    String list = "/3/footprints?productId=" + product;
    JsonNode data = extension(only(http.get(list, buyer))).get("data");
    assertThat(data.get("reductions")).hasSize(1);
    assertThat(data.get("assurances")).hasSize(1);

    Http.Reply revoked =
        http.post(
            "/credentials/" + assurance.json().get("id").asText() + "/status",
            http.assurer(),
            "{\"purpose\":\"revocation\",\"set\":true}");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(extension(only(http.get(list, buyer))).get("data").get("assurances")).isEmpty();

    JsonNode entry = revocationEntry(reduction.json().get("verifiableCredential"));
    String url = entry.get("statusListCredential").asText();
    new RegistryClient(RegistryClientConfig.writer(registry().baseUrl(), "writer", "writer-secret"))
        .setStatus(
            "revocation",
            Long.parseLong(url.substring(url.lastIndexOf('/') + 1)),
            entry.get("statusListIndex").asInt(),
            true,
            "revoked at the registry",
            UUID.randomUUID().toString());
    String reductionId = reduction.json().get("id").asText();
    JsonNode read = http.get("/credentials/" + reductionId, http.supplier()).json();
    assertThat(read.get("revoked").asBoolean()).as(read.toString()).isTrue();
    assertThat(read.get("suspended").asBoolean()).isFalse();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(extension(only(http.get(list, buyer))).get("data").get("reductions"))
                    .isEmpty());
  }

  private static JsonNode revocationEntry(JsonNode credential) {
    for (JsonNode entry : credential.get("credentialStatus")) {
      if (entry.get("statusPurpose").asText().equals("revocation")) {
        return entry;
      }
    }
    throw new AssertionError("no revocation entry in " + credential);
  }

  @Test
  void aClientOfAnotherOrganisationSeesNoneOfIt() {
    Http http = http();
    String product = "urn:pact:product-id:gv-hidden:" + UUID.randomUUID();
    String footprintId = issueFootprint(product, false).get("footprintId").asText();
    String other = orgId("gv-other");
    Fixtures.organisation(http, other, "key", "supplier");
    String stranger = buyer(other);

    assertThat(http.get("/3/footprints?productId=" + product, stranger).json().get("data"))
        .isEmpty();
    Http.Reply get = http.get("/3/footprints/" + footprintId, stranger);
    assertThat(get.status()).as(get.toString()).isEqualTo(404);
    assertThat(get.json().get("code").asText()).isEqualTo("NotFound");
  }

  @Test
  void servesTheSchemaAndItsDocumentationWithoutAToken() {
    Http http = http();
    Http.Reply schema = http.get("/pact/extensions/green-value/1.0.0/schema.json", null);
    assertThat(schema.status()).as(schema.toString()).isEqualTo(200);
    assertThat(schema.header("Content-Type")).startsWith("application/schema+json");
    assertThat(schema.body())
        .isEqualTo(new String(GreenValueExtensionSchema.bytes(), StandardCharsets.UTF_8));
    assertThat(schema.json().get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Http.Reply doc = http.get("/pact/extensions/green-value/1.0.0/", null);
    assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
    assertThat(doc.body()).contains("reductions");
  }

  @Test
  void refusesAFootprintNamingAPackThatIsNotItsOwnAndStoresNothing() {
    Http http = http();
    String other = orgId("gv-packless");
    Fixtures.organisation(http, other, "key", "supplier");
    ObjectNode footprint = Fixtures.footprint();
    ObjectNode body = (ObjectNode) read(Fixtures.footprintRequest(footprint, "vc+jwt"));
    body.set("evidencePack", packBinding());
    long credentials = count("issued_credentials");
    long footprints = count("footprints");
    Http.Reply r =
        http.post(
            "/organisations/" + other + "/credentials/footprint", http.supplier(), body.toString());
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/unknown-evidence-pack");
    ((ObjectNode) body.get("evidencePack")).put("merkleRoot", "not hex");
    Http.Reply malformed =
        http.post(
            "/organisations/" + other + "/credentials/footprint", http.supplier(), body.toString());
    assertThat(malformed.isProblem(400)).as(malformed.toString()).isTrue();
    assertThat(malformed.json().get("type").asText()).endsWith("/invalid-evidence-pack");
    assertThat(count("issued_credentials")).isEqualTo(credentials);
    assertThat(count("footprints")).isEqualTo(footprints);
  }

  @Test
  void refusesToAssureAFootprintThatBindsNoEvidencePackAndStoresNothing() {
    JsonNode pcf = issueFootprint("urn:pact:product-id:gv-bare:" + UUID.randomUUID(), false);
    long before = count("issued_credentials");
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + assurer + "/credentials/assurance",
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(pcf.get("digest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/claim-without-evidence");
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  /** The served footprint's extensions, each valid against the schema; ours is the last. */
  private static JsonNode extension(JsonNode footprint) {
    JsonNode extensions = footprint.get("extensions");
    JsonNode ours = extensions.get(extensions.size() - 1);
    assertThat(ours.get("dataSchema").asText())
        .isEqualTo("http://localhost:" + PORT + "/pact/extensions/green-value/1.0.0/schema.json");
    assertThat(
            GreenValueExtensionSchema.validate(JsonDocuments.parseObject(ours.toString()).value()))
        .isEmpty();
    for (JsonNode each : extensions) {
      assertThat(each.get("dataSchema").asText()).doesNotContain("verifiable-credential");
    }
    return ours;
  }

  private static JsonNode only(Http.Reply page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.json().get("data")).hasSize(1);
    return page.json().get("data").get(0);
  }

  private String buyer(String org) {
    String client = "gv-buyer-" + UUID.randomUUID();
    Fixtures.bindPactClient(http(), org, client);
    return Tokens.of(http(), keys, client, "pact.read");
  }

  /** Issues a vc+jwt PCF for {@code product}; the reply plus {@code footprintId}. */
  private JsonNode issueFootprint(String product, boolean withPack) {
    Http http = http();
    ObjectNode footprint = Fixtures.footprint();
    footprint.putArray("productIds").add(product);
    ObjectNode body = (ObjectNode) read(Fixtures.footprintRequest(footprint, "vc+jwt"));
    if (withPack) {
      body.set("evidencePack", packBinding());
    }
    Http.Reply r =
        http.post(
            "/organisations/" + supplier + "/credentials/footprint",
            http.supplier(),
            body.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return ((ObjectNode) r.json()).put("footprintId", footprint.get("id").asText());
  }

  private Http.Reply issue(ObjectNode reduction, String format) {
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + supplier + "/credentials/reduction",
            http.supplier(),
            Fixtures.wrap("reduction", reduction, format));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r;
  }

  private Http.Reply assure(String digest) {
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + assurer + "/credentials/assurance",
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(digest, pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r;
  }

  private static ObjectNode packBinding() {
    return Fixtures.JSON
        .createObjectNode()
        .put("manifestDigest", pack.get("manifestDigest").asText())
        .put("merkleRoot", pack.get("merkleRoot").asText());
  }

  private static JsonNode read(String json) {
    try {
      return Fixtures.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
