package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.greenvalue.LotFixture.Claim;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.Backends;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chain stops under a running registry (its own chain): mints and retirements are refused with
 * a 503 problem and change nothing; the lot is still readable from PostgreSQL.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LotLedgerOutageTest {
  private static DevChain chain;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;

  @DynamicPropertySource
  static void ownChain(DynamicPropertyRegistry registry) throws IOException {
    chain = DevChain.start();
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      contracts = deployer.contracts();
    }
    RegistryIntegrationTest.register(
        registry, chain.rpcUrl().toString(), Backends.deployerKey(chain), contracts);
  }

  @AfterAll
  static void stopChain() {
    chain.close();
  }

  private Claim claim(Api api) {
    Issuer issuer = accredited(api, LotFixture.REDUCTION_TYPE, "ISSUER");
    Issuer provider = accredited(api, LotFixture.ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(
            issuer,
            SubjectKind.EMISSION_REDUCTION,
            Claims.reduction("1").toJson(),
            SecuringFormat.EDDSA_RDFC_2022);
    String digest = Claims.digest(reduction);
    String assurance =
        Claims.sign(
            provider,
            SubjectKind.ASSURANCE,
            Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.UNMODIFIED),
            SecuringFormat.EDDSA_RDFC_2022);
    return new Claim(reduction, assurance, digest, Claims.anchor(ledger, digest));
  }

  private static Issuer accredited(Api api, String type, String role) {
    Issuer issuer = Issuer.generate();
    api.organisation(List.of(issuer.did()), "writer");
    HttpResult r =
        api.post(
            "/trust/accreditations",
            api.authority(),
            """
            {"did":"%s","role":"%s","credentialType":"%s","validFrom":"2020-01-01T00:00:00Z"}"""
                .formatted(issuer.did(), role, type));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return issuer;
  }

  private Map<String, Long> tables() {
    return List.of(
            "lots",
            "lot_events",
            "retirements",
            "lot_transfers",
            "allocations",
            "allocation_claims",
            "audit_log",
            "idempotency_keys")
        .stream()
        .collect(
            java.util.stream.Collectors.toMap(
                t -> t, t -> jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single()));
  }

  @Test
  void
      mintsTransfersAllocationsClaimsAndRetirementsAreRefusedWithA503AndChangeNothingWhileTheLedgerIsDown() {
    Api api = new Api(port);
    String owner = null;
    HttpResult minted = api.post("/lots", api.writer(), claim(api).body(owner));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    String lot = minted.json().get("id").asText();
    Claim another = claim(api);
    String reader = api.reader();
    String writer = api.writer();
    String receiver = api.organisation(List.of(), "reader");
    HttpResult allocated =
        api.post("/lots/" + lot + "/allocations", writer, LotFixture.allocation("0.25"));
    assertThat(allocated.status()).as(allocated.toString()).isEqualTo(201);
    String allocation = allocated.json().get("id").asText();

    chain.close();
    Map<String, Long> before = tables();
    HttpResult retire =
        api.post(
            "/lots/" + lot + "/retirements",
            writer,
            "{\"beneficiary\":\"A\",\"purpose\":\"P\",\"reason\":\"OFFSET\",\"claimPeriod\":{\"start\":\"2025-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"},\"quantity\":0.5}");
    HttpResult mint = api.post("/lots", writer, another.body(owner));
    List<HttpResult> custody =
        List.of(
            api.post(
                "/lots/" + lot + "/transfers",
                writer,
                LotFixture.transfer(receiver, "0.25", "INV-9")),
            api.post("/lots/" + lot + "/allocations", writer, LotFixture.allocation("0.25")),
            api.post(
                "/allocations/" + allocation + "/claims",
                writer,
                LotFixture.claimBody("urn:uuid:" + java.util.UUID.randomUUID(), "0.25")),
            api.post(
                "/allocations/" + allocation + "/retirements",
                writer,
                LotFixture.retirement("0.25")),
            api.post(
                "/retirements",
                writer,
                "{\"reason\":\"OFFSET\",\"beneficiary\":\"B\",\"claimPeriod\":"
                    + LotFixture.CLAIM_PERIOD
                    + ",\"items\":[{\"lotId\":\""
                    + lot
                    + "\",\"quantity\":\"0.1\"},{\"allocationId\":\""
                    + allocation
                    + "\",\"quantity\":\"0.1\"}]}"));

    assertThat(custody).allSatisfy(r -> assertThat(r.isProblem(503)).as(r.toString()).isTrue());
    assertThat(retire.isProblem(503)).as(retire.toString()).isTrue();
    assertThat(mint.isProblem(503)).as(mint.toString()).isTrue();
    assertThat(tables()).isEqualTo(before);
    HttpResult view = api.get("/lots/" + lot, reader);
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.json().get("available").asText()).isEqualTo("0.75");
    HttpResult allocationView = api.get("/allocations/" + allocation, reader);
    assertThat(allocationView.json().get("claimed").asText()).isEqualTo("0");
    assertThat(allocationView.json().get("retired").asText()).isEqualTo("0");
    assertThat(view.json().has("onChain")).isFalse();
  }
}
