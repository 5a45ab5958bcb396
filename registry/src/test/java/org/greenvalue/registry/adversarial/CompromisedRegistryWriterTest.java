package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.greenvalue.LotFixture;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code registry.write} client of organisation B (the demo client {@code financier}) that tries
 * to spend organisation A's green value and change A's status entries: every attempt is a 403
 * problem and changes no table, no lot on chain and no audit entry.
 */
class CompromisedRegistryWriterTest extends LotFixture {
  private Api api;
  private String mallory;
  private Claim ofA;
  private String lotOfA;

  @BeforeEach
  void twoOrganisations() {
    api = api();
    mallory = api.token("financier", "financier-secret", "registry.write registry.read");
    ofA = claimFor("5", "writer");
    HttpResult minted = mint(ofA);
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    lotOfA = minted.json().get("id").asText();
  }

  /** The request is a 403 problem of {@code type}, and nothing changed anywhere. */
  private void forbidden(String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    Lot chain = onChain(lotOfA);
    JsonNode view = figures(lotOfA);
    long audit = count("audit_log");

    HttpResult r = request.get();

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    if (type != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
    assertThat(tables()).isEqualTo(before);
    assertThat(count("audit_log")).isEqualTo(audit);
    assertThat(onChain(lotOfA)).isEqualTo(chain);
    assertThat(figures(lotOfA)).isEqualTo(view);
  }

  private JsonNode figures(String lot) {
    return ((ObjectNode) api.get("/lots/" + lot, api.reader()).json()).without(List.of("onChain"));
  }

  @Test
  void refusesAMintFromAnotherOrganisationsCredential() {
    Claim another = claimFor("3", "writer");

    forbidden("not-a-member", () -> api.post("/lots", mallory, another.body()));
    forbidden("not-a-member", () -> api.post("/lots", mallory, another.body(null)));
    assertThat(mintedOnChain(another.digest())).isFalse();
  }

  @Test
  void refusesAMintOfItsOwnCredentialForAnotherOrganisationAsOwner() {
    Claim own = claimFor("3", "financier");

    forbidden("owner-not-issuer", () -> api.post("/lots", mallory, own.body(ofA.organisation())));
    assertThat(mintedOnChain(own.digest())).isFalse();
    HttpResult mine = api.post("/lots", mallory, own.body());
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    assertThat(mine.json().get("owner").asText()).isEqualTo(own.organisation());
  }

  @Test
  void refusesToTransferAllocateOrRetireAnotherOrganisationsLot() {
    String b = claimFor("1", "financier").organisation();

    forbidden(
        "not-a-member",
        () ->
            api.post(
                "/lots/" + lotOfA + "/transfers",
                mallory,
                "{\"to\":\"" + b + "\",\"deliveryReference\":\"INV-1\",\"quantity\":5}"));
    forbidden(
        "not-a-member",
        () ->
            api.post(
                "/lots/" + lotOfA + "/allocations",
                mallory,
                "{\"productBatchId\":\"stolen\",\"siteId\":\"urn:gvr:site:1\",\"period\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2025-04-01T00:00:00Z\"},\"quantity\":1}"));
    forbidden(
        "not-a-member",
        () ->
            api.post(
                "/lots/" + lotOfA + "/retirements",
                mallory,
                "{\"beneficiary\":\"Mallory\",\"purpose\":\"greenwash\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":5}"));
  }

  @Test
  void refusesToAllocateOrChangeAnotherOrganisationsStatusEntries() {
    String didOfA = "did:web:" + UUID.randomUUID() + ".example";
    String a = api.organisation(List.of(didOfA), "writer");
    String didOfB = "did:web:" + UUID.randomUUID() + ".example";
    String b = api.organisation(List.of(didOfB), "financier");
    HttpResult entry =
        api.post("/status-lists/revocation/entries", api.writer(), issuer(didOfA, null));
    assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
    String url = entry.json().get("statusListCredential").asText();
    String path =
        url.substring(url.indexOf("/status-lists/"))
            + "/entries/"
            + entry.json().get("statusListIndex").asText();

    forbidden("not-a-member", () -> api.put(path, mallory, "{\"set\":true,\"reason\":\"spite\"}"));
    forbidden(
        "not-a-member",
        () -> api.post("/status-lists/revocation/entries", mallory, issuer(didOfA, null)));
    forbidden(
        "not-a-member",
        () -> api.post("/status-lists/revocation/entries", mallory, issuer(didOfA, a)));
    forbidden(
        "did-of-another-organisation",
        () -> api.post("/status-lists/suspension/entries", mallory, issuer(didOfB, a)));
    forbidden(
        "not-a-member",
        () ->
            api.post(
                "/status-lists/revocation/entries/batch",
                mallory,
                "{\"issuer\":\"" + didOfA + "\",\"count\":3}"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM status_entries WHERE organisation_id = ? AND status <> 0")
                .param(a)
                .query(Long.class)
                .single())
        .isZero();

    HttpResult own = api.post("/status-lists/revocation/entries", mallory, issuer(didOfB, b));
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    HttpResult set = api.put(path, api.writer(), "{\"set\":true}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  @Test
  void refusesToAccreditSuspendOrRegisterOrganisations() {
    String did = "did:web:" + UUID.randomUUID() + ".example";
    forbidden(
        null,
        () ->
            api.post(
                "/trust/accreditations",
                mallory,
                """
                {"did":"%s","role":"ISSUER","credentialType":"EmissionReductionCredential",
                 "validFrom":"2020-01-01T00:00:00Z"}"""
                    .formatted(did)));
    forbidden(
        null,
        () ->
            api.post(
                "/trust/status-changes",
                mallory,
                """
                {"did":"%s","credentialType":"EmissionReductionCredential","action":"SUSPEND",
                 "reason":"spite"}"""
                    .formatted(did)));
    forbidden(
        null,
        () ->
            api.put(
                "/organisations/" + ofA.organisation(),
                mallory,
                Api.organisationJson(ofA.organisation(), List.of(), List.of("financier"))));
    forbidden(
        null,
        () ->
            api.post(
                "/organisations",
                mallory,
                Api.organisationJson(
                    "org-" + UUID.randomUUID(), List.of(did), List.of("financier"))));
  }

  @Test
  void theOwnersClientSucceedsWhereTheAttackerFailed() {
    String b = claimFor("1", "financier").organisation();
    HttpResult transfer =
        api.post(
            "/lots/" + lotOfA + "/transfers",
            api.writer(),
            "{\"to\":\"" + b + "\",\"deliveryReference\":\"INV-1\",\"quantity\":2}");
    HttpResult retire =
        api.post(
            "/lots/" + lotOfA + "/retirements",
            api.writer(),
            "{\"beneficiary\":\"ACME\",\"purpose\":\"Scope 3\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}");

    assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
    assertThat(transfer.json().get("to").asText()).isEqualTo(b);
    assertThat(retire.status()).as(retire.toString()).isEqualTo(201);
    assertThat(retire.json().get("retiredBy").asText()).isEqualTo(ofA.organisation());
    assertThat(retire.json().at("/certificate/credentialSubject/retiredBy").asText())
        .isEqualTo(ofA.organisation());
    assertThat(onChain(lotOfA).available()).isEqualTo(java.math.BigInteger.valueOf(2_000_000));
  }

  private static String issuer(String did, String organisation) {
    return "{\"issuer\":\""
        + did
        + "\""
        + (organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"")
        + "}";
  }
}
