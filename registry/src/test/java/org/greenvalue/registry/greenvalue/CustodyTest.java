package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Clock;
import java.util.UUID;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.ledger.greenvalue.Allocation;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * The supply chain of issue 15 over HTTP: a supplier mints and transfers against a delivery, the
 * buyer allocates what it received to a product batch, a downstream credential claims the
 * allocation, and value is retired (one allocation, or lots and allocations in bulk). Each step is
 * in PostgreSQL, on chain and in the audit log; the custody chain leads back to the minted root.
 */
class CustodyTest extends LotFixture {
  private static final CredentialVerifier VERIFIER =
      new CredentialVerifier(new DidKeyResolver(), Clock.systemUTC());

  private String supplierLot;
  private Claim minted;
  private String buyer;
  private String buyerToken;

  private void aSupplierMintsTenTonnesAndABuyerExists() {
    minted = claimFor("10", "writer");
    HttpResult r = mint(minted);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    supplierLot = r.json().get("id").asText();
    buyerToken = api().token("financier", "financier-secret", "registry.write registry.read");
    buyer = api().organisation(java.util.List.of(), "financier");
  }

  private JsonNode transferred(String quantity) {
    HttpResult r =
        api()
            .post(
                "/lots/" + supplierLot + "/transfers",
                api().writer(),
                transfer(buyer, quantity, "INV-2026-0042"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  @Test
  void transfersAgainstADeliveryWithARecordTheRegistrySigned() {
    aSupplierMintsTenTonnesAndABuyerExists();

    JsonNode transfer = transferred("3");

    String child = transfer.get("childLotId").asText();
    assertThat(transfer.get("lotId").asText()).isEqualTo(supplierLot);
    assertThat(transfer.get("from").asText()).isEqualTo(minted.organisation());
    assertThat(transfer.get("to").asText()).isEqualTo(buyer);
    assertThat(transfer.get("quantity").asText()).isEqualTo("3");
    assertThat(transfer.get("deliveryReference").asText()).isEqualTo("INV-2026-0042");
    assertThat(transfer.at("/ledger/txHash").asText()).startsWith("0x");
    JsonNode record = transfer.get("record");
    VerificationReport report = VERIFIER.verify(record.toString());
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(record.get("id").asText()).isEqualTo("urn:uuid:" + transfer.get("id").asText());
    assertThat(record.get("type").toString()).contains("CustodyTransferCredential");
    JsonNode subject = record.get("credentialSubject");
    assertThat(subject.get("type").asText()).isEqualTo("CustodyTransfer");
    assertThat(subject.get("childLotId").asText()).isEqualTo("urn:uuid:" + child);
    assertThat(subject.get("transferor").asText()).isEqualTo(minted.organisation());
    assertThat(subject.get("transferee").asText()).isEqualTo(buyer);
    assertThat(subject.get("sourceCredential").asText()).isEqualTo(minted.digest());
    assertThat(subject.get("deliveryReference").asText()).isEqualTo("INV-2026-0042");

    HttpResult stored = api().get("/transfers/" + transfer.get("id").asText(), api().reader());
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json()).isEqualTo(transfer);
    assertThat(onChain(child).parentLotId()).contains(ChainIds.lot(UUID.fromString(supplierLot)));
    assertThat(onChain(child).quantity()).isEqualTo(BigInteger.valueOf(3_000_000));
    JsonNode history = api().get("/lots/" + child, api().reader()).json().get("history");
    assertThat(history.get(0).get("kind").asText()).isEqualTo("TRANSFERRED_IN");
    assertThat(history.get(0).get("counterparty").asText())
        .isEqualTo("urn:uuid:" + transfer.get("id").asText());
  }

  @Test
  void allocatesClaimsOnceAndShowsTheCustodyChainBackToTheMintedRoot() {
    aSupplierMintsTenTonnesAndABuyerExists();
    String child = transferred("3").get("childLotId").asText();

    HttpResult allocated =
        api().post("/lots/" + child + "/allocations", buyerToken, allocation("2"));

    assertThat(allocated.status()).as(allocated.toString()).isEqualTo(201);
    String id = allocated.json().get("id").asText();
    assertThat(allocated.json().get("owner").asText()).isEqualTo(buyer);
    assertThat(allocated.json().get("siteId").asText()).isEqualTo("urn:gvr:site:1");
    assertThat(allocated.json().at("/period/start").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(allocated.json().get("unclaimed").asText()).isEqualTo("2");

    String credential = "urn:uuid:" + UUID.randomUUID();
    String path = "/allocations/" + id + "/claims";
    HttpResult claim = api().post(path, buyerToken, claimBody(credential, "1.5"));
    HttpResult again = api().post(path, buyerToken, claimBody(credential, "1.5"));

    assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
    assertThat(claim.json().get("claimed").asText()).isEqualTo("1.5");
    assertThat(claim.json().get("unclaimed").asText()).isEqualTo("0.5");
    assertThat(claim.json().at("/claims/0/credentialId").asText()).isEqualTo(credential);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(claim.json());
    Allocation chain = ledger.lots().allocation(ChainIds.allocation(UUID.fromString(id))).get();
    assertThat(chain.claimed()).isEqualTo(BigInteger.valueOf(1_500_000));
    assertThat(ledger.lots().claimOf(chain.allocationId(), ChainIds.claim(credential)))
        .isEqualTo(BigInteger.valueOf(1_500_000));
    assertThat(api().get("/allocations/" + id, api().reader()).json()).isEqualTo(claim.json());

    JsonNode custody = api().get("/allocations/" + id + "/chain", api().reader()).json();
    assertThat(custody.at("/allocation/id").asText()).isEqualTo(id);
    assertThat(custody.get("hops")).hasSize(2);
    assertThat(custody.at("/hops/0/lot/id").asText()).isEqualTo(child);
    assertThat(custody.at("/hops/0/transfer/childLotId").asText()).isEqualTo(child);
    assertThat(custody.at("/hops/0/minted").isNull()).isTrue();
    assertThat(custody.at("/hops/1/lot/id").asText()).isEqualTo(supplierLot);
    assertThat(custody.at("/hops/1/transfer").isNull()).isTrue();
    assertThat(custody.at("/hops/1/minted/credentialDigest").asText()).isEqualTo(minted.digest());
    assertThat(Claims.digest(custody.at("/hops/1/minted/reductionCredential").toString()))
        .isEqualTo(minted.digest());
    assertThat(custody.at("/hops/1/minted/assuranceCredential").isObject()).isTrue();
    assertThat(audited("allocation.claim")).isPositive();
  }

  @Test
  void retiresAnAllocationWithACertificateNamingReasonPeriodAndCustodyPath() {
    aSupplierMintsTenTonnesAndABuyerExists();
    String child = transferred("3").get("childLotId").asText();
    String id = created("/lots/" + child + "/allocations", buyerToken, allocation("2"), "id");

    HttpResult r = api().post("/allocations/" + id + "/retirements", buyerToken, retirement("2"));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("allocationId").asText()).isEqualTo(id);
    assertThat(r.json().get("lotId").asText()).isEqualTo(child);
    assertThat(r.json().get("reason").asText()).isEqualTo("INVENTORY_ACCOUNTING");
    assertThat(r.json().at("/claimPeriod/start").asText()).isEqualTo("2025-01-01T00:00:00Z");
    JsonNode certificate = r.json().get("certificate");
    VerificationReport report = VERIFIER.verify(certificate.toString());
    assertThat(report.valid()).as(report.toString()).isTrue();
    JsonNode subject = certificate.get("credentialSubject");
    assertThat(subject.get("reason").asText()).isEqualTo("INVENTORY_ACCOUNTING");
    assertThat(subject.at("/claimPeriod/end").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(subject.get("allocationId").asText()).isEqualTo("urn:uuid:" + id);
    assertThat(subject.get("custodyPath").get(0).asText()).isEqualTo("urn:uuid:" + child);
    assertThat(subject.get("custodyPath").get(1).asText()).isEqualTo("urn:uuid:" + supplierLot);
    assertThat(subject.get("retiredBy").asText()).isEqualTo(buyer);
    assertThat(api().get("/allocations/" + id, api().reader()).json().get("retired").asText())
        .isEqualTo("2");
    assertThat(ledger.lots().allocation(ChainIds.allocation(UUID.fromString(id))).get().retired())
        .isEqualTo(BigInteger.valueOf(2_000_000));
    assertThat(onChain(child).retired()).isZero();
  }

  @Test
  void retiresLotsAndAllocationsInBulk() {
    aSupplierMintsTenTonnesAndABuyerExists();
    String other = mintedLot("1");
    String id =
        created("/lots/" + supplierLot + "/allocations", api().writer(), allocation("2"), "id");
    String body =
        "{\"reason\":\"GREEN_FINANCE\",\"beneficiary\":\"Bank\",\"claimPeriod\":"
            + CLAIM_PERIOD
            + ",\"purpose\":\"loan 7\",\"items\":["
            + "{\"lotId\":\""
            + supplierLot
            + "\",\"quantity\":\"1\"},"
            + "{\"allocationId\":\""
            + id
            + "\",\"quantity\":2},"
            + "{\"lotId\":\""
            + other
            + "\",\"quantity\":\"1\"}]}";

    HttpResult r = api().post("/retirements", api().writer(), body);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode retirements = r.json().get("retirements");
    assertThat(retirements).hasSize(3);
    assertThat(retirements.get(1).get("allocationId").asText()).isEqualTo(id);
    assertThat(retirements.get(0).get("allocationId").isNull()).isTrue();
    assertThat(retirements.get(2).get("purpose").asText()).isEqualTo("loan 7");
    assertThat(retirements.get(0).at("/ledger/txHash"))
        .isEqualTo(retirements.get(2).at("/ledger/txHash"));
    assertThat(onChain(supplierLot).retired()).isEqualTo(BigInteger.valueOf(1_000_000));
    assertThat(onChain(other).available()).isZero();
    for (JsonNode retirement : retirements) {
      assertThat(VERIFIER.verify(retirement.get("certificate").toString()).valid()).isTrue();
      assertThat(api().get("/retirements/" + retirement.get("id").asText(), api().reader()).json())
          .isEqualTo(retirement);
    }
  }
}
