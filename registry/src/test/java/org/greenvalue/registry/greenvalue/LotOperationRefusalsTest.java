package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Supplier;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad transfers, allocations and retirements: a problem, and the lot unchanged in PG and on chain.
 */
class LotOperationRefusalsTest extends LotFixture {
  private String lot;

  @BeforeEach
  void mintALot() {
    lot = mintedLot("2");
  }

  private void refused(int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    JsonNode view = figures();
    Lot chain = onChain(lot);
    HttpResult r = request.get();
    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    if (type != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
    assertThat(tables()).isEqualTo(before);
    assertThat(figures()).isEqualTo(view);
    assertThat(onChain(lot)).isEqualTo(chain);
  }

  private JsonNode figures() {
    ObjectNode view = (ObjectNode) api().get("/lots/" + lot, api().reader()).json();
    view.remove("onChain");
    return view;
  }

  private HttpResult retire(String quantity) {
    return api()
        .post(
            "/lots/" + lot + "/retirements",
            api().writer(),
            "{\"beneficiary\":\"ACME\",\"purpose\":\"Scope 3\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":"
                + quantity
                + "}");
  }

  @ParameterizedTest
  @CsvSource({
    "0, invalid-quantity",
    "-1, invalid-quantity",
    "0.0000001, quantity-too-precise",
    "1.0000005, quantity-too-precise"
  })
  void quantitiesThatAreNotAWholePositiveNumberOfGramsAreRefused(String quantity, String type) {
    String receiver = owner();
    refused(422, type, () -> retire(quantity));
    refused(
        422,
        type,
        () ->
            api()
                .post(
                    "/lots/" + lot + "/transfers",
                    api().writer(),
                    "{\"to\":\""
                        + receiver
                        + "\",\"deliveryReference\":\"INV-1\",\"quantity\":"
                        + quantity
                        + "}"));
    refused(
        422,
        type,
        () ->
            api()
                .post(
                    "/lots/" + lot + "/allocations",
                    api().writer(),
                    "{\"productBatchId\":\"b-1\",\"siteId\":\"urn:gvr:site:1\",\"period\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2025-04-01T00:00:00Z\"},\"quantity\":"
                        + quantity
                        + "}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1,\"extra\":true}",
        "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":\"1,5\"}",
        "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"quantity\":1}",
        "{\"beneficiary\":\"\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}",
        "{\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}",
        "[]"
      })
  void malformedRetirementsAreBadRequests(String body) {
    refused(400, null, () -> api().post("/lots/" + lot + "/retirements", api().writer(), body));
  }

  @Test
  void retiringMoreThanIsAvailableOrRetiringTwiceIsRefused() {
    refused(409, "insufficient-quantity", () -> retire("2.000001"));
    assertThat(retire("2").status()).isEqualTo(201);
    refused(409, "insufficient-quantity", () -> retire("0.000001"));
  }

  @Test
  void transfersToSomethingThatIsNotAnOrganisationIdAndUnknownLotsAreRefused() {
    refused(
        400,
        "validation",
        () ->
            api()
                .post(
                    "/lots/" + lot + "/transfers",
                    api().writer(),
                    "{\"to\":\"did:web:acme.example\",\"quantity\":1}"));
    refused(
        404,
        "unknown-lot",
        () ->
            api()
                .post(
                    "/lots/00000000-0000-0000-0000-000000000002/retirements",
                    api().writer(),
                    "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}"));
  }

  @Test
  void writesNeedTheWriteScopeAndAKey() {
    String body =
        "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":1}";
    refused(403, null, () -> api().post("/lots/" + lot + "/retirements", api().reader(), body));
    refused(
        400,
        "idempotency-key-required",
        () -> api().post("/lots/" + lot + "/retirements", api().writer(), null, body));
  }

  @Test
  void aReplayedRetirementRetiresOnceAndAReusedKeyWithAnotherBodyIsRefused() {
    String body =
        "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":0.5}";
    String path = "/lots/" + lot + "/retirements";
    HttpResult first = api().post(path, api().writer(), "retire-" + lot, body);
    assertThat(first.status()).isEqualTo(201);
    Map<String, Long> before = tables();
    Lot chain = onChain(lot);
    HttpResult again = api().post(path, api().writer(), "retire-" + lot, body);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(tables()).isEqualTo(before);
    assertThat(onChain(lot)).isEqualTo(chain);
    refused(
        422,
        "idempotency-key-reused",
        () -> api().post(path, api().writer(), "retire-" + lot, body.replace("0.5", "0.6")));
  }
}
