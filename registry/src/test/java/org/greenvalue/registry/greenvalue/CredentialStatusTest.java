package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * A claim carrying a status entry of this registry is minted only while the entry is clear; an
 * entry the registry cannot answer for is refused.
 */
class CredentialStatusTest extends LotFixture {

  @Test
  void aRevokedOrSuspendedClaimIsRefusedAndAClearOneIsMinted() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    JsonObject revocation = statusEntry("revocation", issuer.did());
    JsonObject suspension = statusEntry("suspension", issuer.did());
    Claim revoked = claimWithStatus(revocation, issuer);
    Claim suspended = claimWithStatus(suspension, issuer);
    setStatus(revocation, true);
    setStatus(suspension, true);

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

    setStatus(suspension, false);
    HttpResult reinstated = mint(suspended);
    assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(201);
  }

  @Test
  void anEntryThisRegistryNeverAllocatedOrAnotherPublishersListIsRefused() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    JsonObject allocated = statusEntry("revocation", issuer.did());
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
