package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

class LotTest extends LotFixture {

  @Test
  void mintsFromAnAssuredAnchoredClaimAndRecordsItInPostgresAndOnChain() {
    Claim claim = claim("10.5");
    String owner = claim.organisation();

    HttpResult r = api().post("/lots", api().writer(), claim.body(owner));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode lot = r.json();
    assertThat(lot.get("quantity").asText()).isEqualTo("10.5");
    assertThat(lot.get("available").asText()).isEqualTo("10.5");
    assertThat(lot.get("owner").asText()).isEqualTo(owner);
    assertThat(lot.get("credentialDigest").asText()).isEqualTo(claim.digest());
    assertThat(lot.at("/onChain/quantity").asText()).isEqualTo("10.5");
    assertThat(lot.at("/history/0/kind").asText()).isEqualTo("MINTED");
    assertThat(lot.at("/history/0/ledger/txHash").asText()).startsWith("0x");
    Lot chain = onChain(lot.get("id").asText());
    assertThat(chain.quantity()).isEqualTo(BigInteger.valueOf(10_500_000));
    assertThat(mintedOnChain(claim.digest())).isTrue();
  }

  @Test
  void withoutAReceiptInTheRequestTheRegistrysOwnAnchorIsUsed() {
    Claim signed = claim("2.5");
    Claim claim = new Claim(signed.reduction(), signed.assurance(), signed.digest(), null);
    HttpResult submitted =
        api().post("/anchors", api().writer(), "{\"digest\":\"" + claim.digest() + "\"}");
    assertThat(submitted.status()).as(submitted.toString()).isIn(200, 202);
    String reader = api().reader();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> api().get("/anchors/" + claim.digest(), reader),
            r -> "ANCHORED".equals(r.json().path("state").asText()));

    HttpResult r = mint(claim);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("credentialDigest").asText()).isEqualTo(claim.digest());
    assertThat(mintedOnChain(claim.digest())).isTrue();
  }

  @Test
  void mintsFromVcJwtCredentials() {
    Claim claim = claim(Claims.reduction("3.000001"), SecuringFormat.VC_JWT);

    HttpResult r = mint(claim);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("quantity").asText()).isEqualTo("3.000001");
    assertThat(onChain(r.json().get("id").asText()).quantity())
        .isEqualTo(BigInteger.valueOf(3_000_001));
  }

  @Test
  void transfersAllocatesAndRetiresWithACertificateThatVerifies() {
    String lot = mintedLot("10");
    String holder = owner();

    HttpResult transfer =
        api()
            .post(
                "/lots/" + lot + "/transfers",
                api().writer(),
                "{\"to\":\"" + holder + "\",\"deliveryReference\":\"INV-1\",\"quantity\":2.5}");
    HttpResult allocation =
        api()
            .post(
                "/lots/" + lot + "/allocations",
                api().writer(),
                "{\"productBatchId\":\"batch-42\",\"siteId\":\"urn:gvr:site:1\",\"period\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2025-04-01T00:00:00Z\"},\"quantity\":1.25}");
    HttpResult retirement =
        api()
            .post(
                "/lots/" + lot + "/retirements",
                api().writer(),
                "{\"beneficiary\":\"ACME GmbH\",\"purpose\":\"Scope 3 2025\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":3}");

    assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
    assertThat(transfer.json().get("lotId").asText()).isEqualTo(lot);
    assertThat(transfer.json().get("to").asText()).isEqualTo(holder);
    assertThat(transfer.json().get("quantity").asText()).isEqualTo("2.5");
    assertThat(allocation.status()).as(allocation.toString()).isEqualTo(201);
    assertThat(allocation.json().get("quantity").asText()).isEqualTo("1.25");
    assertThat(allocation.json().get("unclaimed").asText()).isEqualTo("1.25");
    assertThat(retirement.status()).as(retirement.toString()).isEqualTo(201);
    assertThat(retirement.json().get("quantity").asText()).isEqualTo("3");

    JsonNode view = api().get("/lots/" + lot, api().reader()).json();
    assertThat(view.get("available").asText()).isEqualTo("3.25");
    assertThat(view.get("allocated").asText()).isEqualTo("1.25");
    assertThat(view.get("retired").asText()).isEqualTo("3");
    assertThat(view.get("transferred").asText()).isEqualTo("2.5");
    assertThat(view.at("/onChain/available").asText()).isEqualTo("3.25");
    assertThat(view.get("history")).hasSize(4);
    Lot chain = onChain(lot);
    assertThat(chain.available()).isEqualTo(BigInteger.valueOf(3_250_000));
    assertThat(chain.retired()).isEqualTo(BigInteger.valueOf(3_000_000));
    assertThat(onChain(transfer.json().get("childLotId").asText()).quantity())
        .isEqualTo(BigInteger.valueOf(2_500_000));

    String certificate = retirement.json().get("certificate").toString();
    VerificationReport report =
        new CredentialVerifier(new DidKeyResolver(), Clock.systemUTC()).verify(certificate);
    assertThat(report.valid()).as(report.toString()).isTrue();
    JsonNode subject = retirement.json().at("/certificate/credentialSubject");
    assertThat(subject.get("type").asText()).isEqualTo("RetirementCertificate");
    assertThat(subject.get("beneficiary").asText()).isEqualTo("ACME GmbH");
    assertThat(subject.get("quantity").asText()).isEqualTo("3");
    assertThat(subject.get("lotId").asText()).isEqualTo("urn:uuid:" + lot);
    String id = retirement.json().get("id").asText();
    HttpResult stored = api().get("/retirements/" + id, api().reader());
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json().get("certificate")).isEqualTo(retirement.json().get("certificate"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE subject = ? AND action LIKE 'lot.%'")
                .param("urn:uuid:" + lot)
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void aReplayedIdempotencyKeyReturnsTheFirstLotAndWritesOnce() {
    Claim claim = claim("1");

    HttpResult first = api().post("/lots", api().writer(), "mint-once", claim.body());
    var before = tables();
    HttpResult again = api().post("/lots", api().writer(), "mint-once", claim.body());

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    assertThat(tables()).isEqualTo(before);
  }

  @Test
  void unknownLotsAndRetirementsAreNotFound() {
    String missing = "00000000-0000-0000-0000-000000000001";
    assertThat(api().get("/lots/" + missing, api().reader()).isProblem(404)).isTrue();
    assertThat(api().get("/retirements/" + missing, api().reader()).isProblem(404)).isTrue();
    assertThat(api().get("/lots/not-a-uuid", api().reader()).isProblem(400)).isTrue();
  }
}
