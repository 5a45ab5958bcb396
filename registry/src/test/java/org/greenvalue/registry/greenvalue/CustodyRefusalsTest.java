package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.ledger.greenvalue.Allocation;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad transfers, allocations, claims and retirements of issue 15: each is a problem with its type,
 * and nothing changed: no row in any table (audit log included), the same figures over HTTP and the
 * same lot and allocation state on chain.
 */
class CustodyRefusalsTest extends LotFixture {
  private String supplierLot;
  private String boughtLot;
  private String buyer;
  private String buyerToken;
  private String allocation;

  @BeforeEach
  void aBuyerReceivedTwoTonnesAndAllocatedOne() {
    supplierLot = mintedLot("5");
    buyerToken = api().token("financier", "financier-secret", "registry.write registry.read");
    buyer = api().organisation(List.of(), "financier");
    boughtLot =
        created(
            "/lots/" + supplierLot + "/transfers",
            api().writer(),
            transfer(buyer, "2", "DN-1"),
            "childLotId");
    allocation = created("/lots/" + boughtLot + "/allocations", buyerToken, allocation("1"), "id");
  }

  private void refused(int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    List<Object> chain = chainState();
    List<JsonNode> views = views();

    HttpResult r = request.get();

    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    if (type != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
    assertThat(tables()).isEqualTo(before);
    assertThat(chainState()).isEqualTo(chain);
    assertThat(views()).isEqualTo(views);
  }

  private List<Object> chainState() {
    Lot supplier = onChain(supplierLot);
    Lot bought = onChain(boughtLot);
    Allocation onChain =
        ledger.lots().allocation(ChainIds.allocation(UUID.fromString(allocation))).orElseThrow();
    return List.of(supplier, bought, onChain);
  }

  private List<JsonNode> views() {
    return List.of(
        figures("/lots/" + supplierLot),
        figures("/lots/" + boughtLot),
        api().get("/allocations/" + allocation, api().reader()).json());
  }

  private JsonNode figures(String path) {
    return ((ObjectNode) api().get(path, api().reader()).json()).without(List.of("onChain"));
  }

  @Test
  void refusesAClaimOnAnUnknownAllocationAndOnAnotherOrganisationsAllocation() {
    String credential = "urn:uuid:" + UUID.randomUUID();
    refused(
        404,
        "unknown-allocation",
        () ->
            api()
                .post(
                    "/allocations/" + UUID.randomUUID() + "/claims",
                    buyerToken,
                    claimBody(credential, "1")));
    refused(
        403,
        "not-a-member",
        () ->
            api()
                .post(
                    "/allocations/" + allocation + "/claims",
                    api().writer(),
                    claimBody(credential, "1")));
  }

  @Test
  void claimsAllocationsAndRetirementsNeedTheWriteScope() {
    String reader = api().token("financier", "financier-secret", "registry.read");
    String credential = "urn:uuid:" + UUID.randomUUID();
    refused(
        403,
        null,
        () ->
            api()
                .post(
                    "/allocations/" + allocation + "/claims", reader, claimBody(credential, "1")));
    refused(
        403,
        null,
        () -> api().post("/allocations/" + allocation + "/retirements", reader, retirement("1")));
    String bulk =
        "{\"reason\":\"OFFSET\",\"beneficiary\":\"B\",\"claimPeriod\":"
            + CLAIM_PERIOD
            + ",\"items\":[{\"lotId\":\""
            + boughtLot
            + "\",\"quantity\":1}]}";
    refused(403, null, () -> api().post("/retirements", reader, bulk));
    refused(
        403,
        null,
        () -> api().post("/lots/" + boughtLot + "/allocations", reader, allocation("1")));
  }

  @Test
  void refusesToAllocateMoreThanWasReceived() {
    refused(
        409,
        "insufficient-quantity",
        () ->
            api().post("/lots/" + boughtLot + "/allocations", buyerToken, allocation("1.000001")));
  }

  @Test
  void refusesAnAllocationWhosePeriodEndsBeforeItStarts() {
    String body = allocation("0.5").replace("2026-04-01T00:00:00Z", "2025-12-01T00:00:00Z");
    refused(
        422,
        "invalid-period",
        () -> api().post("/lots/" + boughtLot + "/allocations", buyerToken, body));
  }

  @Test
  void refusesTransfersToItselfToAnUnregisteredOrganisationAndWithoutADeliveryReference() {
    String self = transfer(buyer, "0.5", "DN-2");
    refused(
        422,
        "transfer-to-self",
        () -> api().post("/lots/" + boughtLot + "/transfers", buyerToken, self));
    String nobody = transfer("org-" + UUID.randomUUID(), "0.5", "DN-2");
    refused(
        422,
        "unknown-organisation",
        () -> api().post("/lots/" + boughtLot + "/transfers", buyerToken, nobody));
    String supplier = organisationWithLot();
    refused(
        400,
        "validation",
        () ->
            api()
                .post(
                    "/lots/" + boughtLot + "/transfers",
                    buyerToken,
                    "{\"to\":\"" + supplier + "\",\"quantity\":\"0.5\"}"));
    refused(
        400,
        "validation",
        () ->
            api()
                .post(
                    "/lots/" + boughtLot + "/transfers",
                    buyerToken,
                    transfer(supplier, "0.5", "")));
    refused(
        400,
        "validation",
        () ->
            api()
                .post(
                    "/lots/" + boughtLot + "/transfers",
                    buyerToken,
                    transfer(supplier, "0.5", "DN\\u0007")));
  }

  private String organisationWithLot() {
    return api().get("/lots/" + supplierLot, api().reader()).json().get("owner").asText();
  }

  @Test
  void refusesAClaimOverTheAllocationAndTheSameCredentialWithAnotherQuantity() {
    String credential = "urn:uuid:" + UUID.randomUUID();
    String path = "/allocations/" + allocation + "/claims";
    refused(
        409,
        "insufficient-quantity",
        () -> api().post(path, buyerToken, claimBody(credential, "1.000001")));
    assertThat(api().post(path, buyerToken, claimBody(credential, "0.5")).status()).isEqualTo(201);
    refused(
        409, "claim-conflict", () -> api().post(path, buyerToken, claimBody(credential, "0.6")));
  }

  @Test
  void refusesASecondRetirementOfAnAllocation() {
    String path = "/allocations/" + allocation + "/retirements";
    HttpResult first = api().post(path, buyerToken, retirement("1"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    refused(
        409, "insufficient-quantity", () -> api().post(path, buyerToken, retirement("0.000001")));
  }

  @Test
  void aBulkRetirementWithOneBadItemRetiresNothing() {
    String overdrawn = bulk(boughtLot, "0.5", allocation, "0.5", boughtLot, "1");
    refused(409, "insufficient-quantity", () -> api().post("/retirements", buyerToken, overdrawn));
    String unknown =
        bulk(boughtLot, "0.5", allocation, "0.5", null, null)
            .replace("]}", ",{\"allocationId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}]}");
    refused(404, "unknown-allocation", () -> api().post("/retirements", buyerToken, unknown));
    String foreign = bulk(boughtLot, "0.5", allocation, "0.5", supplierLot, "1");
    refused(403, "not-a-member", () -> api().post("/retirements", buyerToken, foreign));
    String both =
        "{\"reason\":\"OFFSET\",\"beneficiary\":\"B\",\"claimPeriod\":"
            + CLAIM_PERIOD
            + ",\"items\":[{\"lotId\":\""
            + boughtLot
            + "\",\"allocationId\":\""
            + allocation
            + "\",\"quantity\":1}]}";
    refused(400, "invalid-retirement-item", () -> api().post("/retirements", buyerToken, both));
  }

  private static String bulk(
      String lot, String lotQuantity, String allocation, String quantity, String lot2, String q2) {
    return "{\"reason\":\"OFFSET\",\"beneficiary\":\"B\",\"claimPeriod\":"
        + CLAIM_PERIOD
        + ",\"items\":[{\"lotId\":\""
        + lot
        + "\",\"quantity\":\""
        + lotQuantity
        + "\"},{\"allocationId\":\""
        + allocation
        + "\",\"quantity\":\""
        + quantity
        + "\"}"
        + (lot2 == null ? "" : ",{\"lotId\":\"" + lot2 + "\",\"quantity\":\"" + q2 + "\"}")
        + "]}";
  }

  @Test
  void refusesTheOldRetirementShapeNamingTheMissingReason() {
    String old = "{\"beneficiary\":\"A\",\"purpose\":\"Scope 3\",\"quantity\":1}";
    refused(
        400,
        "validation",
        () -> api().post("/lots/" + boughtLot + "/retirements", buyerToken, old));
    HttpResult r = api().post("/lots/" + boughtLot + "/retirements", buyerToken, old);
    assertThat(r.toString()).contains("reason");
  }

  @Test
  void refusesToMintACredentialWithUpstreamReferences() {
    Issuer issuer = Issuer.generate();
    organisationOf(issuer);
    accredit(issuer.did(), "ISSUER", REDUCTION_TYPE, LONG_AGO, FAR_AHEAD);
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    JsonObject subject =
        JsonDocuments.JSON
            .createObjectBuilder(Claims.reduction("1").toJson())
            .add(
                "upstream",
                JsonDocuments.JSON
                    .createArrayBuilder()
                    .add(
                        JsonDocuments.JSON
                            .createObjectBuilder()
                            .add("allocationId", "urn:uuid:" + allocation)
                            .add("lotId", "urn:uuid:" + boughtLot)
                            .add("quantity", "1")
                            .add(
                                "sourceCredentials",
                                JsonDocuments.JSON
                                    .createArrayBuilder()
                                    .add("sha256:" + "ab".repeat(32)))
                            .add("transferRecords", JsonDocuments.JSON.createArrayBuilder())))
            .build();
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .context(CustodyTerms.UNDEFINED_TERMS_CONTEXT)
            .id("urn:uuid:" + UUID.randomUUID())
            .type(SubjectKind.EMISSION_REDUCTION.credentialType())
            .issuer(issuer.did())
            .validFrom(java.time.Instant.parse("2025-06-01T00:00:00Z"))
            .credentialSubject(subject)
            .build()
            .json();
    String reduction =
        issuer.signer().sign(credential, SecuringFormat.EDDSA_RDFC_2022).orElseThrow();
    Claim claim = assured(reduction, provider, SecuringFormat.EDDSA_RDFC_2022);

    refused(422, "inherited-value-not-mintable", () -> mint(claim));
    assertThat(mintedOnChain(claim.digest())).isFalse();
  }
}
