package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.greenvalue.registry.trust.TrustRegistryTest.TYPE;
import static org.greenvalue.registry.trust.TrustRegistryTest.accreditBody;
import static org.greenvalue.registry.trust.TrustRegistryTest.change;
import static org.greenvalue.registry.trust.TrustRegistryTest.newDid;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Trust writes on a chain that does not mine by itself (its own chain and database): a write not
 * mined within the receipt timeout is pending and blocks further changes; once mined, the
 * reconciler marks it applied with its block time; dropped from the node, it marks it failed;
 * either way the subject can be changed again.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.registry.ledger.receipt-timeout=2s",
      "gvr.registry.trust.reconcile-interval=200ms",
      "gvr.registry.anchoring.worker-enabled=false"
    })
class PendingTrustReconcilerTest {
  private static DevChain chain;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void ownChainWithoutAutomine(DynamicPropertyRegistry registry) throws Exception {
    chain = DevChain.start();
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      contracts = deployer.contracts();
    }
    rpc("evm_setAutomine", "[false]");
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("trust_reconcile"),
        chain.rpcUrl().toString(),
        Backends.deployerKey(chain),
        contracts);
  }

  @AfterAll
  static void stopChain() {
    chain.close();
  }

  @Test
  void pendingWritesAreSettledFromTheChainAsAppliedOrFailed() throws Exception {
    Api api = new Api(port);
    String authority = api.authority();
    String did = newDid();

    HttpResult accredit =
        api.post(
            "/trust/accreditations", authority, accreditBody(did, "2020-01-01T00:00:00Z", null));
    assertThat(accredit.status()).as(accredit.toString()).isEqualTo(202);
    String accreditTx = accredit.json().at("/ledger/txHash").asText();
    HttpResult blocked = api.post("/trust/status-changes", authority, change(did, "SUSPEND", "x"));
    assertThat(blocked.isProblem(409)).as(blocked.toString()).isTrue();
    assertThat(trusted(api, did)).isFalse();

    rpc("evm_mine", "[]");
    await().atMost(Duration.ofSeconds(30)).until(() -> outcome(accreditTx) != null);

    assertThat(outcome(accreditTx)).isEqualTo("APPLIED");
    assertThat(trusted(api, did)).isTrue();

    HttpResult suspend = api.post("/trust/status-changes", authority, change(did, "SUSPEND", "y"));
    assertThat(suspend.status()).as(suspend.toString()).isEqualTo(202);
    String suspendTx = suspend.json().at("/ledger/txHash").asText();
    rpc("anvil_dropTransaction", "[\"" + suspendTx + "\"]");
    await().atMost(Duration.ofSeconds(30)).until(() -> outcome(suspendTx) != null);

    assertThat(outcome(suspendTx)).isEqualTo("FAILED");
    assertThat(trusted(api, did)).as("a failed suspension changes nothing").isTrue();
    assertThat(
            jdbc.sql("SELECT status FROM trust_subjects WHERE did = ?")
                .param(did)
                .query(String.class)
                .single())
        .isEqualTo("ACTIVE");
    HttpResult again = api.post("/trust/status-changes", authority, change(did, "SUSPEND", "z"));
    assertThat(again.status()).as("changes are allowed again: " + again).isIn(201, 202);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'trust.settle' AND subject = ?")
                .param(did)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  private String outcome(String txHash) {
    return jdbc.sql(
            """
            SELECT s.outcome FROM trust_event_settlements s JOIN trust_events e ON e.id = s.event_id
            WHERE e.tx_hash = ? ORDER BY e.id LIMIT 1""")
        .param(txHash)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static boolean trusted(Api api, String did) {
    HttpResult r = api.get("/trust/" + did + "?type=" + TYPE, api.reader());
    return r.json().get("trusted").asBoolean();
  }

  private static String rpc(String method, String params) throws IOException, InterruptedException {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(chain.rpcUrl())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.body().contains("\"error\"")) {
      throw new IOException(method + ": " + r.body());
    }
    return r.body();
  }
}
