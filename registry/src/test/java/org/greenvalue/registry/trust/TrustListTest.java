package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

class TrustListTest extends RegistryIntegrationTest {
  private static final CredentialVerifier VERIFIER =
      new CredentialVerifier(new DidKeyResolver(), Clock.systemUTC());

  private String accredit(String role, String type, String from, String until) {
    String did = "did:web:list-" + UUID.randomUUID() + ".example";
    HttpResult r =
        api()
            .post(
                "/trust/accreditations",
                api().authority(),
                """
                {"did":"%s","role":"%s","credentialType":"%s","validFrom":"%s","validUntil":"%s"}
                """
                    .formatted(did, role, type, from, until));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return did;
  }

  private static List<JsonNode> entries(HttpResult list, String did) {
    List<JsonNode> found = new ArrayList<>();
    list.json()
        .at("/credentialSubject/accreditations")
        .forEach(
            e -> {
              if (e.get("did").asText().equals(did)) {
                found.add(e);
              }
            });
    return found;
  }

  @Test
  void listsTheAccreditationsInForceAsASignedCredentialThatVerifies() {
    String type = "ListTest" + UUID.randomUUID().toString().substring(0, 8) + "Credential";
    String active = accredit("ISSUER", type, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
    String provider =
        accredit("ASSURANCE_PROVIDER", type, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
    String expired = accredit("ISSUER", type, "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z");
    String suspended = accredit("ISSUER", type, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
    HttpResult suspend =
        api()
            .post(
                "/trust/status-changes",
                api().authority(),
                """
                {"did":"%s","credentialType":"%s","action":"SUSPEND","reason":"audit"}"""
                    .formatted(suspended, type));
    assertThat(suspend.status()).isEqualTo(201);

    HttpResult list = api().get("/trust/list?type=" + type, null);

    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.header("Content-Type")).startsWith("application/vc");
    VerificationReport report = VERIFIER.verify(list.body());
    assertThat(report.valid()).as(report.toString()).isTrue();
    JsonNode credential = list.json();
    assertThat(credential.get("type").toString()).contains("TrustListCredential");
    assertThat(credential.at("/credentialSubject/credentialType").asText()).isEqualTo(type);
    assertThat(credential.at("/credentialSubject/accreditations")).hasSize(3);
    JsonNode entry = entries(list, active).getFirst();
    assertThat(entry.get("role").asText()).isEqualTo("ISSUER");
    assertThat(entry.get("credentialType").asText()).isEqualTo(type);
    assertThat(entry.get("accreditedFrom").asText()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(entry.get("accreditedUntil").asText()).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(entry.get("trustStatus").asText()).isEqualTo("ACTIVE");
    assertThat(entry.at("/anchor/chainId").asLong()).isEqualTo(ledger.chainId());
    assertThat(entry.at("/anchor/contract").asText())
        .isEqualToIgnoringCase(ledger.trust().address());
    assertThat(entry.at("/anchor/txHash").asText()).startsWith("0x");
    assertThat(entry.at("/anchor/blockNumber").asLong()).isPositive();
    assertThat(entry.at("/anchor/blockTime").asText()).isNotBlank();
    assertThat(entries(list, suspended).getFirst().get("trustStatus").asText())
        .isEqualTo("SUSPENDED");
    assertThat(entries(list, suspended).getFirst().has("statusAnchor")).isTrue();
    assertThat(entries(list, expired)).isEmpty();
    assertThat(entries(list, provider)).hasSize(1);

    HttpResult providers = api().get("/trust/list?type=" + type + "&role=ASSURANCE_PROVIDER", null);
    assertThat(providers.json().at("/credentialSubject/accreditations")).hasSize(1);
    HttpResult past = api().get("/trust/list?type=" + type + "&at=2020-06-01T00:00:00Z", null);
    assertThat(entries(past, expired)).hasSize(1);
    assertThat(entries(past, active)).isEmpty();
    assertThat(VERIFIER.verify(past.body()).valid()).isTrue();
  }

  @Test
  void aTamperedListDoesNotVerify() {
    String type = "TamperTest" + UUID.randomUUID().toString().substring(0, 8) + "Credential";
    String did = accredit("ISSUER", type, "2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
    String body = api().get("/trust/list?type=" + type, null).body();

    String tampered = body.replace("\"ISSUER\"", "\"ASSURANCE_PROVIDER\"");

    assertThat(tampered).isNotEqualTo(body).contains(did);
    assertThat(VERIFIER.verify(tampered).valid()).isFalse();
  }

  @Test
  void badQueriesAreProblems() {
    assertThat(api().get("/trust/list?at=yesterday", null).isProblem(400)).isTrue();
    assertThat(api().get("/trust/list?role=KING", null).isProblem(400)).isTrue();
    assertThat(api().get("/trust/list?type=not%20a%20type", null).isProblem(400)).isTrue();
    assertThat(api().get("/trust/list?at=" + Instant.EPOCH, null).status()).isEqualTo(200);
  }
}
