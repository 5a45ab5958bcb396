package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
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
 * A buyer (organisation B, client {@code financier}) that received 2 t of supplier A's 5 t lot
 * tries to retire what it does not hold and to pass value to an organisation that does not exist.
 * Each attempt is a problem and changes nothing in the tables, on chain or in the audit log.
 */
class DishonestBuyerTest extends LotFixture {
  private static final String RETIRE_ONE =
      "{\"beneficiary\":\"Buyer AG\",\"purpose\":\"Scope 3 2025\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}";

  private Api api;
  private String buyer;
  private String buyerOrg;
  private String supplierLot;
  private String boughtLot;

  @BeforeEach
  void aSupplierSellsTwoTonnesToTheBuyer() {
    api = api();
    buyer = api.token("financier", "financier-secret", "registry.write registry.read");
    buyerOrg = api.organisation(List.of(), "financier");
    HttpResult minted = mint(claimFor("5", "writer"));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    supplierLot = minted.json().get("id").asText();
    HttpResult sold =
        api.post(
            "/lots/" + supplierLot + "/transfers",
            api.writer(),
            "{\"to\":\"" + buyerOrg + "\",\"deliveryReference\":\"INV-1\",\"quantity\":2}");
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    boughtLot = sold.json().get("childLotId").asText();
  }

  private void refused(int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    Map<String, Lot> chain = Map.of("s", onChain(supplierLot), "b", onChain(boughtLot));
    List<JsonNode> views = List.of(figures(supplierLot), figures(boughtLot));

    HttpResult r = request.get();

    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/" + type);
    assertThat(tables()).isEqualTo(before);
    assertThat(Map.of("s", onChain(supplierLot), "b", onChain(boughtLot))).isEqualTo(chain);
    assertThat(List.of(figures(supplierLot), figures(boughtLot))).isEqualTo(views);
  }

  private JsonNode figures(String lot) {
    return ((ObjectNode) api.get("/lots/" + lot, api.reader()).json()).without(List.of("onChain"));
  }

  @Test
  void refusesToRetireValueItDoesNotHold() {
    refused(
        403,
        "not-a-member",
        () -> api.post("/lots/" + supplierLot + "/retirements", buyer, RETIRE_ONE));
    refused(
        409,
        "insufficient-quantity",
        () ->
            api.post(
                "/lots/" + boughtLot + "/retirements",
                buyer,
                "{\"beneficiary\":\"Buyer AG\",\"purpose\":\"Scope 3\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":2.000001}"));
  }

  @Test
  void refusesATransferToAnOrganisationThatIsNotRegisteredOrToItself() {
    String nobody = "org-" + UUID.randomUUID();
    refused(
        422,
        "unknown-organisation",
        () ->
            api.post(
                "/lots/" + boughtLot + "/transfers",
                buyer,
                "{\"to\":\"" + nobody + "\",\"deliveryReference\":\"INV-1\",\"quantity\":1}"));
    refused(
        422,
        "transfer-to-self",
        () ->
            api.post(
                "/lots/" + boughtLot + "/transfers",
                buyer,
                "{\"to\":\"" + buyerOrg + "\",\"deliveryReference\":\"INV-1\",\"quantity\":1}"));
    assertThat(api.get("/organisations/" + nobody, api.reader()).isProblem(404)).isTrue();
  }

  @Test
  void retiresWhatItHoldsWithACertificateNamingItAndTheBeneficiary() {
    HttpResult r = api.post("/lots/" + boughtLot + "/retirements", buyer, RETIRE_ONE);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode subject = r.json().at("/certificate/credentialSubject");
    assertThat(subject.get("retiredBy").asText()).isEqualTo(buyerOrg);
    assertThat(subject.get("beneficiary").asText()).isEqualTo("Buyer AG");
    assertThat(r.json().get("retiredBy").asText()).isEqualTo(buyerOrg);
    assertThat(onChain(boughtLot).retired()).isEqualTo(BigInteger.valueOf(1_000_000));
    assertThat(onChain(supplierLot).retired()).isZero();
  }
}
