package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchoredBatch;
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
 * The chain goes off the network while digests arrive and batches are being anchored (its own chain
 * behind a relay, and its own database, so nothing else shares them): submissions are still
 * accepted, digests stay pending, the worker retries with backoff, and once the chain is back every
 * digest is anchored exactly once, which the chain's own batch records confirm.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.registry.anchoring.interval=100ms",
      "gvr.registry.anchoring.max-backoff=1s",
      "gvr.registry.anchoring.max-batch=25",
      "gvr.registry.ledger.receipt-timeout=5s"
    })
class AnchoringOutageTest {
  private static DevChain chain;
  private static TcpRelay relay;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;

  @DynamicPropertySource
  static void ownChainBehindARelay(DynamicPropertyRegistry registry) throws IOException {
    chain = DevChain.start();
    relay = new TcpRelay(chain.rpcUrl());
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      contracts = deployer.contracts();
    }
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("anchoring_outage"),
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
  void digestsWaitWhileTheChainIsDownAndAreAnchoredExactlyOnceWhenItReturns() throws Exception {
    Api api = new Api(port);
    String writer = api.writer();
    String reader = api.reader();
    List<String> digests = new ArrayList<>();
    digests.addAll(submit(api, writer, 30));
    awaitAllAnchored(api, reader, digests);

    relay.cut();
    double failuresBefore = failures(api, reader);
    List<String> duringOutage = submit(api, writer, 60);
    digests.addAll(duringOutage);
    // the worker took a batch, could not send it, and keeps trying with growing waits
    await().atMost(Duration.ofSeconds(60)).until(() -> failures(api, reader) >= failuresBefore + 3);
    assertThat(count("anchor_batches WHERE state = 'PREPARED'")).isGreaterThanOrEqualTo(1);
    for (String digest : duringOutage) {
      HttpResult state = api.get("/anchors/" + digest, reader);
      assertThat(state.json().get("state").asText()).isEqualTo("PENDING");
    }
    digests.addAll(submit(api, writer, 10));
    // the later ones wait in the outbox, and the depth gauge shows them
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> gauge(api, reader, "gvr.anchoring.outbox.depth") >= 10);

    relay.restore();
    List<AnchorReceipt> receipts = awaitAllAnchored(api, reader, digests);

    // every digest in one batch, and the chain holds exactly the batches the registry recorded
    assertThat(count("anchor_outbox")).isEqualTo(digests.size());
    assertThat(count("anchor_batch_members")).isEqualTo(digests.size());
    assertThat(count("anchor_receipts")).isEqualTo(digests.size());
    assertThat(count("anchor_batches WHERE state = 'ANCHORED'"))
        .isEqualTo(count("anchor_batches"))
        .isEqualTo(ledger.anchors().batchCount());
    Map<Bytes32, Long> perBatch = new HashMap<>();
    receipts.forEach(r -> perBatch.merge(r.batchId(), 1L, Long::sum));
    long onChainLeaves = 0;
    for (Map.Entry<Bytes32, Long> batch : perBatch.entrySet()) {
      AnchoredBatch onChain = ledger.anchors().batch(batch.getKey()).orElseThrow();
      assertThat(onChain.leafCount()).isEqualTo(batch.getValue());
      onChainLeaves += onChain.leafCount();
    }
    assertThat(onChainLeaves).isEqualTo(digests.size());
  }

  private static List<String> submit(Api api, String writer, int n) {
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String digest = Digests.fresh();
      HttpResult r = api.post("/anchors", writer, null, Digests.body(digest));
      assertThat(r.status()).as(r.toString()).isEqualTo(202);
      digests.add(digest);
    }
    return digests;
  }

  private static List<AnchorReceipt> awaitAllAnchored(Api api, String reader, List<String> ds) {
    List<AnchorReceipt> receipts = new ArrayList<>();
    for (String digest : ds) {
      receipts.add(AnchoringTest.receipt(AnchoringTest.awaitAnchored(api, digest).json()));
    }
    return receipts;
  }

  private static double failures(Api api, String reader) {
    return gauge(api, reader, "gvr.anchoring.failures");
  }

  private static double gauge(Api api, String reader, String meter) {
    HttpResult r = api.get("/actuator/metrics/" + meter, reader);
    return r.json().at("/measurements/0/value").asDouble();
  }

  private long count(String tableAndWhere) {
    return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
  }
}
