package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
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
 * The chain is lost after digests were anchored (a fresh anvil takes its place, with the contracts
 * deployed again at the same addresses): the re-anchoring command finds every batch missing from
 * the new chain, supersedes its receipts and queues its digests, which are anchored again with
 * receipts that verify against the new chain; the stale receipt is never answered again.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.registry.anchoring.interval=100ms",
      "gvr.registry.anchoring.max-backoff=500ms",
      "gvr.registry.ledger.reconnect-interval=200ms"
    })
class ReAnchoringTest {
  private static DevChain chain;
  private static TcpRelay relay;
  private static ContractAddresses contracts;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void ownChainBehindARelay(DynamicPropertyRegistry registry) throws IOException {
    chain = DevChain.start();
    relay = new TcpRelay(chain.rpcUrl());
    contracts = deploy(chain);
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("re_anchoring"),
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
  void batchesLostWithTheChainAreAnchoredAgainAndTheirOldReceiptsSuperseded() throws Exception {
    Api api = new Api(port);
    String writer = api.writer();
    String authority = api.authority();
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String digest = Digests.fresh();
      assertThat(api.post("/anchors", writer, null, Digests.body(digest)).status()).isEqualTo(202);
      digests.add(digest);
    }
    List<AnchorReceipt> before = receipts(api, digests);

    // on an intact chain, nothing is lost
    HttpResult intact = api.post("/anchors/re-anchoring", authority, "{}");
    assertThat(intact.status()).as(intact.toString()).isEqualTo(200);
    assertThat(intact.json().get("lost")).isEmpty();
    assertThat(intact.json().get("requeued").asInt()).isZero();
    assertThat(intact.json().get("checked").asInt()).isPositive();

    // the chain is lost: a fresh one, contracts deployed again at the same addresses
    chain.close();
    chain = DevChain.start();
    assertThat(deploy(chain)).isEqualTo(contracts);
    relay.retarget(chain.rpcUrl());
    try (Ledger fresh = attach(chain)) {
      AnchorReceipt stale = before.get(0);
      assertThat(new ReceiptVerifier().verify(stale, fresh.anchors().recordOfRoot(stale.root())))
          .matches(report -> !report.valid());
    }

    HttpResult reAnchored = api.post("/anchors/re-anchoring", authority, "{}");
    assertThat(reAnchored.status()).as(reAnchored.toString()).isEqualTo(200);
    Set<String> lostBatches = new HashSet<>();
    reAnchored.json().get("lost").forEach(b -> lostBatches.add(b.asText()));
    Set<String> oldBatches = new HashSet<>();
    before.forEach(r -> oldBatches.add(r.batchId().toHex()));
    assertThat(lostBatches).isEqualTo(oldBatches);
    assertThat(reAnchored.json().get("requeued").asInt()).isEqualTo(digests.size());

    // submitting a digest again never answers with the superseded receipt
    HttpResult again = api.post("/anchors", writer, null, Digests.body(digests.get(0)));
    assertThat(again.status()).isEqualTo(200);
    JsonNode receipt = again.json().get("receipt");
    if (receipt != null) {
      assertThat(AnchoringTest.receipt(again.json()).txHash()).isNotEqualTo(before.get(0).txHash());
    }

    List<AnchorReceipt> after = receipts(api, digests);
    try (Ledger fresh = attach(chain)) {
      for (int i = 0; i < digests.size(); i++) {
        AnchorReceipt now = after.get(i);
        assertThat(now.batchId()).isNotEqualTo(before.get(i).batchId());
        var report = new ReceiptVerifier().verify(now, fresh.anchors().recordOfRoot(now.root()));
        assertThat(report.valid()).as(report.toString()).isTrue();
      }
    }
    assertThat(count("anchor_receipts")).isEqualTo(2L * digests.size());
    assertThat(count("current_anchor_receipts")).isEqualTo(digests.size());

    // repeated, the command finds nothing more
    HttpResult repeated = api.post("/anchors/re-anchoring", authority, "{}");
    assertThat(repeated.json().get("lost")).isEmpty();
    assertThat(repeated.json().get("requeued").asInt()).isZero();
  }

  @Test
  void onlyTheTrustAuthorityMayReAnchorAndARefusalChangesNothing() {
    Api api = new Api(port);
    long losses = count("anchor_batch_losses");
    long audits = count("audit_log");
    for (String token : List.of(api.writer(), api.reader())) {
      HttpResult refused = api.post("/anchors/re-anchoring", token, "{}");
      assertThat(refused.isProblem(403)).as(refused.toString()).isTrue();
    }
    HttpResult anonymous = api.post("/anchors/re-anchoring", null, "{}");
    assertThat(anonymous.isProblem(401)).as(anonymous.toString()).isTrue();
    assertThat(count("anchor_batch_losses")).isEqualTo(losses);
    assertThat(count("audit_log")).isEqualTo(audits);
  }

  private static List<AnchorReceipt> receipts(Api api, List<String> digests) {
    List<AnchorReceipt> receipts = new ArrayList<>();
    for (String digest : digests) {
      receipts.add(AnchoringTest.receipt(AnchoringTest.awaitAnchored(api, digest).json()));
    }
    return receipts;
  }

  private static ContractAddresses deploy(DevChain on) {
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(on.rpcUrl(), Backends.deployerKey(on)))) {
      return deployer.contracts();
    }
  }

  private static Ledger attach(DevChain on) {
    return Web3jLedger.connect(
        LedgerConfig.of(on.rpcUrl(), Backends.deployerKey(on)).withContracts(contracts));
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
