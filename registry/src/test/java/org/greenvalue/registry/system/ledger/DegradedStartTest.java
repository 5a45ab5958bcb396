package org.greenvalue.registry.system.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.Backends;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.greenvalue.registry.support.TcpRelay;
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
 * The registry starts while its chain is unreachable (a relay that refuses), runs degraded while
 * the node is back without the contracts, and recovers without a restart once they are deployed:
 * ledger health and readiness DOWN and liveness UP meanwhile, writes that need the chain refused
 * with a 503 problem that changes nothing, reads and anchor submissions served from the database.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.registry.ledger.reconnect-interval=200ms",
      "gvr.registry.anchoring.interval=100ms",
      "gvr.registry.anchoring.max-backoff=500ms"
    })
class DegradedStartTest {
  private static final String TYPE = "EmissionReductionCredential";

  private static DevChain chain;
  private static TcpRelay relay;
  private static ContractAddresses contracts;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /**
   * A chain without contracts behind a relay that refuses connections. The addresses are those the
   * deployer's first deployment gets on any fresh chain (learnt on a throwaway one).
   */
  @DynamicPropertySource
  static void unreachableChain(DynamicPropertyRegistry registry) throws IOException {
    try (DevChain throwaway = DevChain.start();
        Ledger deployer =
            Web3jLedger.connect(
                LedgerConfig.of(throwaway.rpcUrl(), Backends.deployerKey(throwaway)))) {
      contracts = deployer.contracts();
    }
    chain = DevChain.start();
    relay = new TcpRelay(chain.rpcUrl());
    relay.cut();
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("degraded"),
        relay.uri().toString(),
        Backends.deployerKey(chain),
        contracts);
  }

  @AfterAll
  static void stopChain() throws IOException {
    relay.close();
    chain.close();
  }

  @Test
  void startsDegradedRefusesChainWritesServesReadsAndRecoversWhenTheChainIsBack() throws Exception {
    Api api = new Api(port);
    String reader = api.reader();
    String authority = api.authority();
    String writer = api.writer();

    // anchor submissions need only the database: accepted, pending
    String digest = "sha256:" + sha256Hex(UUID.randomUUID().toString());
    HttpResult submitted = api.post("/anchors", writer, null, "{\"digest\":\"" + digest + "\"}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);

    assertDegraded(api, reader, authority, digest);

    // the node answers again, still without the contracts: degraded all the same
    relay.restore();
    assertDegraded(api, reader, authority, digest);
    HttpResult ledger = api.get("/actuator/health/ledger", reader);
    assertThat(ledger.json().at("/details/error").asText()).contains("no contract code");

    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      assertThat(deployer.contracts()).isEqualTo(contracts);
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api.get("/actuator/health/readiness", null).status() == 200);
    assertThat(api.get("/actuator/health/ledger", reader).json().get("status").asText())
        .isEqualTo("UP");
    String did = "did:web:issuer-" + UUID.randomUUID() + ".example";
    HttpResult accredited = api.post("/trust/accreditations", authority, accreditBody(did));
    assertThat(accredited.status()).as(accredited.toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> api.get("/anchors/" + digest, reader).json().get("state").asText(),
            "ANCHORED"::equals);
  }

  private void assertDegraded(Api api, String reader, String authority, String digest) {
    HttpResult ledger = api.get("/actuator/health/ledger", reader);
    assertThat(ledger.status()).as(ledger.toString()).isEqualTo(503);
    assertThat(ledger.json().get("status").asText()).isEqualTo("DOWN");
    HttpResult readiness = api.get("/actuator/health/readiness", null);
    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.json().get("status").asText()).isEqualTo("DOWN");
    HttpResult liveness = api.get("/actuator/health/liveness", null);
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.json().get("status").asText()).isEqualTo("UP");

    long events = count("trust_events");
    long subjects = count("trust_subjects");
    long audits = count("audit_log");
    long keys = count("idempotency_keys");
    String did = "did:web:issuer-" + UUID.randomUUID() + ".example";
    HttpResult accredit = api.post("/trust/accreditations", authority, accreditBody(did));
    assertThat(accredit.isProblem(503)).as(accredit.toString()).isTrue();
    assertThat(accredit.json().get("type").asText()).endsWith("/ledger-unavailable");
    assertThat(accredit.headers().firstValue("Retry-After")).contains("30");
    assertThat(count("trust_events")).isEqualTo(events);
    assertThat(count("trust_subjects")).isEqualTo(subjects);
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(count("idempotency_keys")).isEqualTo(keys);

    HttpResult anchor = api.get("/anchors/" + digest, reader);
    assertThat(anchor.status()).as(anchor.toString()).isEqualTo(200);
    assertThat(anchor.json().get("state").asText()).isEqualTo("PENDING");
    HttpResult trustList = api.get("/trust/list", null);
    assertThat(trustList.status()).as(trustList.toString()).isEqualTo(200);
  }

  private static String accreditBody(String did) {
    return """
        {"did":"%s","role":"ISSUER","credentialType":"%s","validFrom":"2020-01-01T00:00:00Z",
         "accreditingAuthority":"did:web:authority.example"}"""
        .formatted(did, TYPE);
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static String sha256Hex(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
