package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.registry.trust.TrustRegistryTest.TYPE;
import static org.greenvalue.registry.trust.TrustRegistryTest.accreditBody;
import static org.greenvalue.registry.trust.TrustRegistryTest.change;
import static org.greenvalue.registry.trust.TrustRegistryTest.newDid;

import java.io.IOException;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
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
 * The chain stops while the registry runs (its own chain, so the other tests keep theirs): trust
 * writes are refused with a 503 problem and leave PostgreSQL untouched; health says the ledger is
 * down; queries still answer from the database.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerOutageTest {
  private static DevChain chain;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void ownChain(DynamicPropertyRegistry registry) throws IOException {
    chain = DevChain.start();
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      contracts = deployer.contracts();
    }
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("outage"),
        chain.rpcUrl().toString(),
        Backends.deployerKey(chain),
        contracts);
  }

  @AfterAll
  static void stopChain() {
    chain.close();
  }

  long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void writesAreRefusedWithA503AndChangeNothingWhileTheLedgerIsDown() {
    Api api = new Api(port);
    String did = newDid();
    HttpResult before =
        api.post(
            "/trust/accreditations",
            api.authority(),
            accreditBody(did, "2020-01-01T00:00:00Z", null));
    assertThat(before.status()).as(before.toString()).isEqualTo(201);
    String reader = api.reader();

    chain.close();
    long events = count("trust_events");
    long subjects = count("trust_subjects");
    long audits = count("audit_log");
    long keys = count("idempotency_keys");

    HttpResult accredit =
        api.post(
            "/trust/accreditations",
            api.authority(),
            accreditBody(newDid(), "2020-01-01T00:00:00Z", null));
    HttpResult suspend =
        api.post("/trust/status-changes", api.authority(), change(did, "SUSPEND", "outage"));

    assertThat(accredit.isProblem(503)).as(accredit.toString()).isTrue();
    assertThat(accredit.json().get("type").asText()).endsWith("/ledger-unavailable");
    assertThat(suspend.isProblem(503)).as(suspend.toString()).isTrue();
    assertThat(count("trust_events")).isEqualTo(events);
    assertThat(count("trust_subjects")).isEqualTo(subjects);
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(count("idempotency_keys")).isEqualTo(keys);

    HttpResult health = api.get("/actuator/health", reader);
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().at("/components/ledger/status").asText()).isEqualTo("DOWN");

    HttpResult query = api.get("/trust/" + did + "?type=" + TYPE, reader);
    assertThat(query.status()).isEqualTo(200);
    assertThat(query.json().get("trusted").asBoolean()).isTrue();
    assertThat(query.json().has("onChain")).isFalse();
  }
}
