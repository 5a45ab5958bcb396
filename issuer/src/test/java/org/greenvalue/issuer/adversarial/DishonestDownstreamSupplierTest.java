package org.greenvalue.issuer.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A downstream supplier issues a ΔCO2 credential that claims inherited value its registry
 * allocations do not back: the registry refuses the claim, and the issuer issues and stores
 * nothing.
 */
class DishonestDownstreamSupplierTest extends IssuerIntegrationTest {
  private static String supplier;
  private static JsonNode pack;

  @BeforeEach
  void organisation() {
    if (supplier == null) {
      Http http = http();
      supplier = orgId("downstream");
      Fixtures.organisation(http, supplier, "key", "supplier");
      pack = Fixtures.pack(http, supplier);
    }
  }

  private ObjectNode inherited(String allocationId, String quantity) {
    ObjectNode r =
        Fixtures.reduction(pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText());
    ObjectNode reference = r.putArray("upstream").addObject();
    reference.put("allocationId", allocationId);
    reference.put("lotId", "urn:uuid:" + UUID.randomUUID());
    reference.put("quantity", quantity);
    reference.putArray("sourceCredentials").add("sha256:" + "ab".repeat(32));
    reference.putArray("transferRecords");
    return r;
  }

  private Http.Reply issue(ObjectNode reduction) {
    Http http = http();
    return http.post(
        "/organisations/" + supplier + "/credentials/reduction",
        http.supplier(),
        Fixtures.wrap("reduction", reduction, "eddsa-rdfc-2022"));
  }

  @Test
  void refusesAReductionClaimingAnAllocationTheRegistryDoesNotKnowAndStoresNothing() {
    String allocation = "urn:uuid:" + UUID.randomUUID();
    long credentials = count("issued_credentials");
    long outbox = count("anchor_outbox");

    Http.Reply r = issue(inherited(allocation, "420.275"));

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/upstream-claim-refused");
    assertThat(r.json().get("detail").asText()).contains(allocation).contains("404");
    assertThat(count("issued_credentials")).isEqualTo(credentials);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @Test
  void refusesMalformedUpstreamReferencesBeforeAskingTheRegistry() {
    long credentials = count("issued_credentials");
    for (ObjectNode bad :
        new ObjectNode[] {
          inherited("not-a-urn", "420.275"),
          inherited("urn:uuid:" + UUID.randomUUID(), "420.275").put("upstream", "all of it"),
          (ObjectNode) inherited("urn:uuid:" + UUID.randomUUID(), "1").set("upstream", null)
        }) {
      if (bad.get("upstream").isNull()) {
        bad.putArray("upstream");
      }
      Http.Reply r = issue(bad);
      assertThat(r.isProblem(422)).as(r.toString()).isTrue();
      // the subject's own rules refuse it, before the registry is asked for anything
      assertThat(r.json().get("type").asText()).endsWith("/invalid-reduction");
      assertThat(r.json().get("detail").asText()).contains("upstream");
    }
    assertThat(count("issued_credentials")).isEqualTo(credentials);
  }
}
