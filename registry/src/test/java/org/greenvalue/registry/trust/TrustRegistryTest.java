package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.ledger.trust.CredentialType;
import org.greenvalue.ledger.trust.TrustHistory;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

class TrustRegistryTest extends RegistryIntegrationTest {
  static final String TYPE = "EmissionReductionCredential";

  static String newDid() {
    return "did:web:issuer-" + UUID.randomUUID() + ".example";
  }

  static String accreditBody(String did, String from, String until) {
    return """
        {"did":"%s","role":"ISSUER","credentialType":"%s","validFrom":"%s"%s,
         "accreditingAuthority":"did:web:authority.example"}"""
        .formatted(did, TYPE, from, until == null ? "" : ",\"validUntil\":\"" + until + "\"");
  }

  static String change(String did, String action, String reason) {
    return """
        {"did":"%s","credentialType":"%s","action":"%s","reason":"%s"}"""
        .formatted(did, TYPE, action, reason);
  }

  TrustHistory chainHistory(String did) {
    return ledger.trust().history(did, CredentialType.of(TYPE));
  }

  JsonNode trusted(Api api, String did, Instant at) {
    HttpResult r = api.get("/trust/" + did + "?type=" + TYPE + "&at=" + at, api.reader());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void accreditsAnIssuerOnChainAndAnswersTrustedWithTheEvidence() {
    Api api = api();
    String did = newDid();
    HttpResult created =
        api.post(
            "/trust/accreditations",
            api.authority(),
            accreditBody(did, "2025-01-01T00:00:00Z", null));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode event = created.json();
    assertThat(event.at("/ledger/txHash").asText()).startsWith("0x");
    assertThat(event.at("/ledger/blockNumber").asLong()).isPositive();
    assertThat(event.get("accreditingAuthority").asText()).isEqualTo("did:web:authority.example");
    assertThat(chainHistory(did).accreditations()).hasSize(1);

    JsonNode answer = trusted(api, did, Instant.now().plusSeconds(5));
    assertThat(answer.get("trusted").asBoolean()).isTrue();
    assertThat(answer.get("onChain").asBoolean()).isTrue();
    assertThat(answer.at("/accreditation/ledger/txHash").asText())
        .isEqualTo(event.at("/ledger/txHash").asText());
  }

  @Test
  void anAccreditationCoversOnlyItsValidityPeriod() {
    Api api = api();
    String did = newDid();
    api.post(
        "/trust/accreditations",
        api.authority(),
        accreditBody(did, "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"));

    assertThat(trusted(api, did, Instant.parse("2024-06-01T00:00:00Z")).get("trusted").asBoolean())
        .isTrue();
    JsonNode after = trusted(api, did, Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(after.get("trusted").asBoolean()).isFalse();
    assertThat(after.get("onChain").asBoolean()).isFalse();
    assertThat(trusted(api, did, Instant.parse("2023-12-31T23:59:59Z")).get("trusted").asBoolean())
        .isFalse();
  }

  @Test
  void suspensionUntrustsFromItsBlockTimeAndReinstatementRestoresTrust() {
    Api api = api();
    String did = newDid();
    api.post(
        "/trust/accreditations", api.authority(), accreditBody(did, "2020-01-01T00:00:00Z", null));
    HttpResult suspended =
        api.post("/trust/status-changes", api.authority(), change(did, "SUSPEND", "audit pending"));
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(201);
    Instant suspendedAt = Instant.parse(suspended.json().at("/ledger/blockTime").asText());

    JsonNode during = trusted(api, did, suspendedAt);
    assertThat(during.get("trusted").asBoolean()).isFalse();
    assertThat(during.get("onChain").asBoolean()).isFalse();
    assertThat(during.at("/statusChange/reason").asText()).isEqualTo("audit pending");
    assertThat(trusted(api, did, suspendedAt.minusSeconds(1)).get("trusted").asBoolean()).isTrue();

    HttpResult reinstated =
        api.post(
            "/trust/status-changes", api.authority(), change(did, "REINSTATE", "audit passed"));
    assertThat(reinstated.status()).isEqualTo(201);
    Instant reinstatedAt = Instant.parse(reinstated.json().at("/ledger/blockTime").asText());
    assertThat(trusted(api, did, reinstatedAt).get("trusted").asBoolean()).isTrue();
    assertThat(chainHistory(did).statusChanges()).hasSize(2);
  }

  @Test
  void revocationIsFinalUntilTheDidIsAccreditedAgain() {
    Api api = api();
    String did = newDid();
    api.post(
        "/trust/accreditations", api.authority(), accreditBody(did, "2020-01-01T00:00:00Z", null));
    HttpResult revoked =
        api.post("/trust/status-changes", api.authority(), change(did, "REVOKE", "fraud"));
    assertThat(revoked.status()).isEqualTo(201);

    HttpResult again =
        api.post("/trust/status-changes", api.authority(), change(did, "REINSTATE", "oops"));
    assertThat(again.isProblem(409)).as(again.toString()).isTrue();

    HttpResult reaccredited =
        api.post(
            "/trust/accreditations",
            api.authority(),
            accreditBody(did, "2020-01-01T00:00:00Z", null));
    Instant at = Instant.parse(reaccredited.json().at("/ledger/blockTime").asText());
    JsonNode answer = trusted(api, did, at);
    assertThat(answer.get("trusted").asBoolean()).isTrue();
    assertThat(answer.at("/statusChange/reason").asText()).isEqualTo("re-accredited");
    assertThat(answer.get("onChain").asBoolean()).isTrue();
  }

  @Test
  void aReplayedIdempotencyKeyReturnsTheFirstResponseAndWritesOnce() {
    Api api = api();
    String did = newDid();
    String body = accreditBody(did, "2025-01-01T00:00:00Z", null);
    HttpResult first = api.post("/trust/accreditations", api.authority(), "replay-" + did, body);
    long audits = count("audit_log");
    HttpResult second = api.post("/trust/accreditations", api.authority(), "replay-" + did, body);

    assertThat(second.status()).isEqualTo(first.status());
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(chainHistory(did).accreditations()).hasSize(1);
    assertThat(count("audit_log")).isEqualTo(audits);
  }

  @Test
  void unknownDidIsNotFound() {
    Api api = api();
    HttpResult r = api.get("/trust/" + newDid() + "?type=" + TYPE, api.reader());
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
  }

  @Test
  void knownDidWithAnotherTypeIsNotTrusted() {
    Api api = api();
    String did = newDid();
    api.post(
        "/trust/accreditations", api.authority(), accreditBody(did, "2020-01-01T00:00:00Z", null));
    HttpResult r = api.get("/trust/" + did + "?type=ProductFootprintCredential", api.reader());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("trusted").asBoolean()).isFalse();
    assertThat(r.json().get("reason").asText()).contains("never accredited");
  }

  @Test
  void aDidWebWithAPortIsAskedAboutAsAQueryParameter() {
    Api api = api();
    String did = "did:web:localhost%3A8081:org-" + UUID.randomUUID();
    HttpResult created =
        api.post(
            "/trust/accreditations",
            api.authority(),
            accreditBody(did, "2020-01-01T00:00:00Z", null));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    String encoded = java.net.URLEncoder.encode(did, java.nio.charset.StandardCharsets.UTF_8);
    HttpResult r = api.get("/trust?did=" + encoded + "&type=" + TYPE, api.reader());

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("did").asText()).isEqualTo(did);
    assertThat(r.json().get("trusted").asBoolean()).isTrue();
    HttpResult unknown =
        api.get("/trust?did=" + encoded.replace("org-", "other-") + "&type=" + TYPE, api.reader());
    assertThat(unknown.isProblem(404)).as(unknown.toString()).isTrue();
  }
}
