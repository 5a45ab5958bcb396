package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.ledger.greenvalue.Allocation;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dishonest downstream buyer claims value whose minted credential the upstream issuer has since
 * revoked or suspended: the registry refuses the claim and changes nothing, here or on chain; once
 * a suspension is lifted the same claim is recorded.
 */
class UpstreamStatusTest extends LotFixture {

  @ParameterizedTest
  @CsvSource({"suspension, upstream-suspended", "revocation, upstream-revoked"})
  void aClaimOnValueWhoseMintedCredentialIsNoLongerInForceIsRefused(
      String purpose, String problem) {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    JsonObject entry = statusEntry(purpose, issuer.did());
    HttpResult minted = mint(claimWithStatus(entry, issuer));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    String buyerToken =
        api().token("financier", "financier-secret", "registry.write registry.read");
    String buyer = api().organisation(List.of(), "financier");
    String bought =
        created(
            "/lots/" + minted.json().get("id").asText() + "/transfers",
            api().writer(),
            transfer(buyer, "1", "DN-" + purpose),
            "childLotId");
    String allocation =
        created("/lots/" + bought + "/allocations", buyerToken, allocation("1"), "id");
    String path = "/allocations/" + allocation + "/claims";
    setStatus(entry, true);
    Map<String, Long> before = tables();
    Optional<Allocation> onChain = allocationOnChain(allocation);

    HttpResult refused =
        api().post(path, buyerToken, claimBody("urn:uuid:" + UUID.randomUUID(), "1"));

    assertThat(refused.isProblem(409)).as(refused.toString()).isTrue();
    assertThat(refused.json().get("type").asText()).endsWith("/" + problem);
    assertThat(tables()).isEqualTo(before);
    assertThat(allocationOnChain(allocation)).isEqualTo(onChain);
    if (purpose.equals("suspension")) {
      setStatus(entry, false);
      HttpResult lifted =
          api().post(path, buyerToken, claimBody("urn:uuid:" + UUID.randomUUID(), "1"));
      assertThat(lifted.status()).as(lifted.toString()).isEqualTo(201);
    }
  }

  private Optional<Allocation> allocationOnChain(String allocation) {
    return ledger.lots().allocation(ChainIds.allocation(UUID.fromString(allocation)));
  }
}
