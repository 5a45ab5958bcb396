package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * A claim carrying a status entry of this registry is minted only while the entry is clear; an
 * entry the registry cannot answer for is refused.
 */
class CredentialStatusTest extends LotFixture {

  private JsonObject allocate(String purpose, String issuer) {
    HttpResult r =
        api()
            .post(
                "/status-lists/" + purpose + "/entries",
                api().writer(),
                "{\"issuer\":\"" + issuer + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return JsonDocuments.parseObject(r.body()).orElseThrow();
  }

  private void set(JsonObject entry, boolean value) {
    String url = entry.getString("statusListCredential");
    String path =
        url.substring(url.indexOf("/status-lists/"))
            + "/entries/"
            + entry.getString("statusListIndex");
    HttpResult r = api().put(path, api().writer(), "{\"set\":" + value + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private Claim claimWithStatus(JsonObject entry, Issuer issuer) {
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .id("urn:uuid:" + UUID.randomUUID())
            .type(SubjectKind.EMISSION_REDUCTION.credentialType())
            .issuer(issuer.did())
            .validFrom(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
            .credentialSubject(Claims.reduction("1").toJson())
            .property("credentialStatus", entry)
            .build()
            .json();
    String reduction =
        issuer.signer().sign(credential, SecuringFormat.EDDSA_RDFC_2022).orElseThrow();
    return assured(
        reduction,
        accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER"),
        SecuringFormat.EDDSA_RDFC_2022);
  }

  @Test
  void aRevokedOrSuspendedClaimIsRefusedAndAClearOneIsMinted() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    JsonObject revocation = allocate("revocation", issuer.did());
    JsonObject suspension = allocate("suspension", issuer.did());
    Claim revoked = claimWithStatus(revocation, issuer);
    Claim suspended = claimWithStatus(suspension, issuer);
    set(revocation, true);
    set(suspension, true);

    for (Claim claim : new Claim[] {revoked, suspended}) {
      Map<String, Long> before = tables();
      HttpResult r = mint(claim);
      assertThat(r.isProblem(422)).as(r.toString()).isTrue();
      assertThat(r.json().get("type").asText()).endsWith("/mint-policy-not-met");
      assertThat(r.json().get("failures").toString())
          .containsPattern("status\\.(revocation|suspension)");
      assertThat(r.json().get("failedRules").toString()).contains("not-revoked-or-suspended");
      assertThat(tables()).isEqualTo(before);
      assertThat(mintedOnChain(claim.digest())).isFalse();
    }

    set(suspension, false);
    HttpResult reinstated = mint(suspended);
    assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(201);
  }

  @Test
  void anEntryThisRegistryNeverAllocatedOrAnotherPublishersListIsRefused() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    JsonObject allocated = allocate("revocation", issuer.did());
    JsonObject neverAllocated =
        JsonDocuments.JSON
            .createObjectBuilder(allocated)
            .add(
                "statusListIndex",
                String.valueOf(Integer.parseInt(allocated.getString("statusListIndex")) + 1000))
            .build();
    JsonObject foreign =
        JsonDocuments.JSON
            .createObjectBuilder(allocated)
            .add("statusListCredential", "https://other-registry.example/status-lists/revocation/1")
            .build();

    for (JsonObject entry : new JsonObject[] {neverAllocated, foreign}) {
      Claim claim = claimWithStatus(entry, issuer);
      Map<String, Long> before = tables();
      HttpResult r = mint(claim);
      assertThat(r.isProblem(422)).as(r.toString()).isTrue();
      assertThat(r.json().get("type").asText()).endsWith("/mint-policy-not-met");
      assertThat(r.json().get("failures").toString()).contains("status.revocation");
      assertThat(tables()).isEqualTo(before);
      assertThat(mintedOnChain(claim.digest())).isFalse();
    }
  }
}
