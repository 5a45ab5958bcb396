package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenvalue.registry.greenvalue.LotFixture;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A downstream buyer (organisation B, client {@code financier}) received 2 t of supplier A's 5 t
 * lot against a delivery, and A allocated 1 t of what it kept to its own batch. B tries to allocate
 * more than it received, to claim A's allocation, to retire A's lot, and to let its allocation back
 * a second credential. Each attempt is a problem and changes nothing in the tables, the audit log,
 * the lots' figures or on chain.
 */
class DishonestDownstreamBuyerTest extends LotFixture {
  private Api api;
  private String buyer;
  private String supplierLot;
  private String boughtLot;
  private String supplierAllocation;

  @BeforeEach
  void aSupplierSellsTwoTonnesAndAllocatesOneOfItsOwn() {
    api = api();
    buyer = api.token("financier", "financier-secret", "registry.write registry.read");
    String buyerOrg = api.organisation(List.of(), "financier");
    supplierLot = mintedLot("5");
    boughtLot =
        created(
            "/lots/" + supplierLot + "/transfers",
            api.writer(),
            transfer(buyerOrg, "2", "INV-7"),
            "childLotId");
    supplierAllocation =
        created("/lots/" + supplierLot + "/allocations", api.writer(), allocation("1"), "id");
  }

  private void refused(int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    List<Object> chain = List.of(onChain(supplierLot), onChain(boughtLot));
    List<JsonNode> views = views();

    HttpResult r = request.get();

    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/" + type);
    assertThat(tables()).isEqualTo(before);
    assertThat(List.<Object>of(onChain(supplierLot), onChain(boughtLot))).isEqualTo(chain);
    assertThat(views()).isEqualTo(views);
  }

  private List<JsonNode> views() {
    return List.of(
        lot(supplierLot),
        lot(boughtLot),
        api.get("/allocations/" + supplierAllocation, api.reader()).json());
  }

  private JsonNode lot(String id) {
    return ((ObjectNode) api.get("/lots/" + id, api.reader()).json()).without(List.of("onChain"));
  }

  @Test
  void refusesToAllocateMoreThanItReceived() {
    refused(
        409,
        "insufficient-quantity",
        () -> api.post("/lots/" + boughtLot + "/allocations", buyer, allocation("2.000001")));
    refused(
        403,
        "not-a-member",
        () -> api.post("/lots/" + supplierLot + "/allocations", buyer, allocation("1")));
  }

  @Test
  void refusesToClaimTheSuppliersAllocation() {
    refused(
        403,
        "not-a-member",
        () ->
            api.post(
                "/allocations/" + supplierAllocation + "/claims",
                buyer,
                claimBody("urn:uuid:" + UUID.randomUUID(), "1")));
    refused(
        403,
        "not-a-member",
        () ->
            api.post(
                "/allocations/" + supplierAllocation + "/retirements", buyer, retirement("1")));
  }

  @Test
  void refusesToRetireTheSuppliersLot() {
    refused(
        403,
        "not-a-member",
        () -> api.post("/lots/" + supplierLot + "/retirements", buyer, retirement("1")));
    String bulk =
        "{\"reason\":\"OFFSET\",\"beneficiary\":\"B\",\"claimPeriod\":"
            + CLAIM_PERIOD
            + ",\"items\":[{\"lotId\":\""
            + boughtLot
            + "\",\"quantity\":1},{\"lotId\":\""
            + supplierLot
            + "\",\"quantity\":1}]}";
    refused(403, "not-a-member", () -> api.post("/retirements", buyer, bulk));
  }

  @Test
  void refusesToLetOneAllocationBackASecondCredential() {
    String own = created("/lots/" + boughtLot + "/allocations", buyer, allocation("1"), "id");
    String first = "urn:uuid:" + UUID.randomUUID();
    String path = "/allocations/" + own + "/claims";
    assertThat(api.post(path, buyer, claimBody(first, "1")).status()).isEqualTo(201);

    refused(
        409,
        "insufficient-quantity",
        () -> api.post(path, buyer, claimBody("urn:uuid:" + UUID.randomUUID(), "0.5")));
    refused(409, "claim-conflict", () -> api.post(path, buyer, claimBody(first, "0.9")));
    JsonNode view = api.get("/allocations/" + own, api.reader()).json();
    assertThat(view.get("claimed").asText()).isEqualTo("1");
    assertThat(view.get("claims")).hasSize(1);
  }
}
