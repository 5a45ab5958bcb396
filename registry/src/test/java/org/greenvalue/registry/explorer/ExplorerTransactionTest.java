package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.registry.greenvalue.LotFixture;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The explorer's transaction view finds every kind of record the registry writes on chain, here the
 * custody ones: mint, transfer, allocation, claim, retirement of a lot or of an allocation, and a
 * bulk retirement; each written through the registry's API on the real chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTransactionTest extends ExplorerFixture {
  private String root;
  private String child;
  private JsonNode allocation;
  private String credentialId;
  private JsonNode claimed;
  private JsonNode allocationRetirement;
  private JsonNode bulk;

  @BeforeAll
  void writeEveryKindOfCustodyRecord() {
    HttpResult minted = mint(claim("10"));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    root = minted.json().get("id").asText();
    child = transferTo(root, api().organisation(List.of(), "writer"), "4");
    allocation = allocate(child, "batch-" + child.substring(0, 8), "1.5");
    String allocationPath = "/allocations/" + allocation.get("id").asText();
    credentialId = "urn:uuid:" + UUID.randomUUID();
    claimed = written(allocationPath + "/claims", LotFixture.claimBody(credentialId, "0.5"), 201);
    allocationRetirement =
        written(allocationPath + "/retirements", LotFixture.retirement("0.5"), 201);
    bulk =
        written(
            "/retirements",
            "{\"reason\":\"OFFSET\",\"beneficiary\":\"Fleet Co.\",\"claimPeriod\":"
                + LotFixture.CLAIM_PERIOD
                + ",\"items\":[{\"lotId\":\""
                + root
                + "\",\"quantity\":\"1\"},{\"allocationId\":\""
                + allocation.get("id").asText()
                + "\",\"quantity\":\"0.25\"}]}",
            201);
  }

  @Test
  void findsAMintByItsTransaction() {
    JsonNode mint = explore("/lots/" + root).json().at("/history/items/0");
    assertThat(mint.get("kind").asText()).isEqualTo("MINTED");

    JsonNode view = tx(mint.at("/ledger/txHash").asText());

    assertThat(texts(view.get("recorded"))).containsExactly("MINT");
    assertThat(view.at("/lotEvents/0/lotId").asText()).isEqualTo(root);
  }

  @Test
  void findsATransferWithItsPartiesAndDeliveryReference() {
    JsonNode in = explore("/lots/" + child).json().at("/history/items/0");
    assertThat(in.get("kind").asText()).isEqualTo("TRANSFERRED_IN");

    JsonNode view = tx(in.at("/ledger/txHash").asText());

    assertThat(texts(view.get("recorded"))).containsExactly("TRANSFER");
    assertThat(view.get("transfers")).hasSize(1);
    JsonNode transfer = view.at("/transfers/0");
    assertThat(transfer.get("lotId").asText()).isEqualTo(root);
    assertThat(transfer.get("childLotId").asText()).isEqualTo(child);
    assertThat(transfer.get("quantity").asText()).isEqualTo("4");
    assertThat(transfer.get("deliveryReference").asText()).isEqualTo("INV-2026-0042");
    assertThat(transfer.get("from").asText()).isNotEqualTo(transfer.get("to").asText());
    assertThat(kinds(view)).containsExactlyInAnyOrder("TRANSFERRED_OUT", "TRANSFERRED_IN");
  }

  @Test
  void findsAnAllocationWithItsBatchSiteAndPeriod() {
    JsonNode view = tx(allocation.at("/ledger/txHash").asText());

    assertThat(texts(view.get("recorded"))).containsExactly("ALLOCATION");
    JsonNode found = view.at("/allocations/0");
    assertThat(found.get("id").asText()).isEqualTo(allocation.get("id").asText());
    assertThat(found.get("lotId").asText()).isEqualTo(child);
    assertThat(found.get("productBatchId").asText()).isEqualTo("batch-" + child.substring(0, 8));
    assertThat(found.get("siteId").asText()).isEqualTo("urn:gvr:site:plant-1");
    assertThat(found.at("/period/start").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(found.get("quantity").asText()).isEqualTo("1.5");
    assertThat(kinds(view)).containsExactly("ALLOCATED");
  }

  @Test
  void findsAClaimOfADownstreamCredential() {
    JsonNode claim = claimed.at("/claims/0");
    assertThat(claim.get("credentialId").asText()).isEqualTo(credentialId);

    JsonNode view = tx(claim.at("/ledger/txHash").asText());

    assertThat(texts(view.get("recorded"))).containsExactly("CLAIM");
    assertThat(view.at("/claims/0/allocationId").asText()).isEqualTo(allocation.get("id").asText());
    assertThat(view.at("/claims/0/credentialId").asText()).isEqualTo(credentialId);
    assertThat(view.at("/claims/0/quantity").asText()).isEqualTo("0.5");
    assertThat(kinds(view)).containsExactly("CLAIMED");
  }

  @Test
  void findsTheRetirementOfAnAllocation() {
    JsonNode view = tx(allocationRetirement.at("/ledger/txHash").asText());

    assertThat(texts(view.get("recorded"))).containsExactly("ALLOCATION_RETIREMENT");
    assertThat(view.get("retirements")).hasSize(1);
    assertThat(view.at("/retirements/0/id").asText())
        .isEqualTo(allocationRetirement.get("id").asText());
    assertThat(view.at("/retirements/0/allocationId").asText())
        .isEqualTo(allocation.get("id").asText());
    assertThat(view.at("/retirements/0/lotId").asText()).isEqualTo(child);
  }

  @Test
  void findsEveryRetirementOfABulkRetirementInItsOneTransaction() {
    List<String> txs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    bulk.get("retirements")
        .forEach(
            r -> {
              txs.add(r.at("/ledger/txHash").asText());
              ids.add(r.get("id").asText());
            });
    assertThat(txs).hasSize(2).allMatch(txs.getFirst()::equals);

    JsonNode view = tx(txs.getFirst());

    assertThat(texts(view.get("recorded")))
        .containsExactly("LOT_RETIREMENT", "ALLOCATION_RETIREMENT", "BULK_RETIREMENT");
    List<String> retired = new ArrayList<>();
    view.get("retirements").forEach(r -> retired.add(r.get("id").asText()));
    assertThat(retired).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(view.at("/retirements/0/lotId").asText()).isIn(root, child);
    assertThat(kinds(view)).containsExactly("RETIRED", "RETIRED");
  }

  @Test
  void aTransactionTheRegistryDidNotWriteHasNoRecords() {
    JsonNode view = tx("0x" + "ab".repeat(32));

    assertThat(view.get("recorded")).isEmpty();
    for (String list :
        List.of(
            "lotEvents",
            "transfers",
            "allocations",
            "claims",
            "retirements",
            "trustEvents",
            "anchorBatches")) {
      assertThat(view.get(list)).as(list).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x12",
        "0x" + "g0000000000000000000000000000000000000000000000000000000000000000",
        "12" + "00000000000000000000000000000000000000000000000000000000000000000",
        "0x00000000000000000000000000000000000000000000000000000000000000000"
      })
  void refusesWhatIsNotATransactionHashAndChangesNothing(String hash) {
    Map<String, Long> before = tables();

    HttpResult r = explore("/tx/" + hash);

    assertThat(r.isProblem(400)).as(hash + " → " + r).isTrue();
    assertThat(tables()).isEqualTo(before);
  }

  private JsonNode tx(String hash) {
    HttpResult r = explore("/tx/" + hash);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("txHash").asText()).isEqualTo(hash.toLowerCase());
    return r.json();
  }

  private static List<String> kinds(JsonNode view) {
    List<String> kinds = new ArrayList<>();
    view.get("lotEvents").forEach(e -> kinds.add(e.get("kind").asText()));
    return kinds;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
