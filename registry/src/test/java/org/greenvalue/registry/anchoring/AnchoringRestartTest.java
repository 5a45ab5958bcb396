package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
import org.greenvalue.registry.RegistryApplication;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.Backends;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service dies after a batch's transaction was mined but before its receipts were stored: the
 * first registry stops inside the worker at that point and is closed; a second one on the same
 * database and chain finds the batch on chain by its root and completes it, through the same code
 * path a real restart takes. Nothing is lost and nothing is anchored twice.
 */
@Tag("integration")
class AnchoringRestartTest {
  private static final CountDownLatch SENT = new CountDownLatch(1);
  private static final AtomicReference<Bytes32> CRASHED_BATCH = new AtomicReference<>();

  /** Stops the worker, as a crash would, right after the first batch is mined. */
  static class CrashAfterFirstSend {
    @Bean
    AnchoringHooks crashAfterFirstSend() {
      return batchId -> {
        if (CRASHED_BATCH.compareAndSet(null, batchId)) {
          SENT.countDown();
          new CountDownLatch(1).await(); // until the context is closed
        }
      };
    }
  }

  @Test
  void aBatchMinedBeforeACrashIsFoundAgainAndCompletedOnRestart() throws Exception {
    Backends backends = Backends.get();
    String database = backends.newDatabase("anchoring_restart");
    List<String> digests = new ArrayList<>();

    try (ConfigurableApplicationContext first = start(database, CrashAfterFirstSend.class)) {
      Api api = new Api(port(first));
      String writer = api.writer();
      for (int i = 0; i < 40; i++) {
        String digest = Digests.fresh();
        assertThat(api.post("/anchors", writer, null, Digests.body(digest)).status())
            .isEqualTo(202);
        digests.add(digest);
      }
      assertThat(SENT.await(60, TimeUnit.SECONDS)).as("the first batch was sent").isTrue();
    } // the service dies here: its worker is stuck between the mined transaction and the receipts

    Bytes32 crashed = CRASHED_BATCH.get();
    try (Ledger chain =
        Web3jLedger.connect(
            LedgerConfig.of(java.net.URI.create(backends.rpcUrl()), backends.privateKey())
                .withContracts(backends.contracts()))) {
      assertThat(chain.anchors().batch(crashed)).as("mined before the crash").isPresent();
    }
    JdbcClient db = jdbc(database);
    assertThat(
            db.sql("SELECT state FROM anchor_batches WHERE batch_id = ?")
                .param(crashed.toHex())
                .query(String.class)
                .single())
        .isEqualTo("PREPARED");
    long crashedSize =
        db.sql("SELECT leaf_count FROM anchor_batches WHERE batch_id = ?")
            .param(crashed.toHex())
            .query(Long.class)
            .single();

    try (ConfigurableApplicationContext second = start(database)) {
      Api api = new Api(port(second));
      Ledger ledger = second.getBean(Ledger.class);
      List<AnchorReceipt> receipts = new ArrayList<>();
      for (String digest : digests) {
        receipts.add(AnchoringTest.receipt(AnchoringTest.awaitAnchored(api, digest).json()));
      }
      Map<Bytes32, Long> perBatch = new HashMap<>();
      receipts.forEach(r -> perBatch.merge(r.batchId(), 1L, Long::sum));
      assertThat(perBatch).containsEntry(crashed, crashedSize);
      long onChainLeaves = 0;
      for (Bytes32 batchId : perBatch.keySet()) {
        onChainLeaves += ledger.anchors().batch(batchId).orElseThrow().leafCount();
      }
      assertThat(onChainLeaves).as("no digest anchored twice").isEqualTo(digests.size());
      ReceiptVerifier verifier = new ReceiptVerifier();
      for (AnchorReceipt r : receipts) {
        VerificationReport report = verifier.verify(r, ledger.anchors().recordOfRoot(r.root()));
        assertThat(report.valid()).as(report.toString()).isTrue();
      }
      assertThat(db.sql("SELECT count(*) FROM anchor_receipts").query(Long.class).single())
          .isEqualTo(digests.size());
      assertThat(
              db.sql("SELECT count(*) FROM anchor_batches WHERE state <> 'ANCHORED'")
                  .query(Long.class)
                  .single())
          .isZero();
      // a fresh token: this registry signs with a new key, and may have the first one's port
      String writer = api.token("writer", "writer-secret", "registry.write");
      HttpResult again = api.post("/anchors", writer, null, Digests.body(digests.get(0)));
      assertThat(again.status()).isEqualTo(200);
    }
  }

  private static ConfigurableApplicationContext start(String database, Class<?>... extra) {
    Backends b = Backends.get();
    Map<String, Object> p = new HashMap<>();
    p.put("server.port", "0");
    p.put("spring.datasource.url", database);
    p.put("spring.datasource.username", b.username());
    p.put("spring.datasource.password", b.password());
    p.put("gvr.registry.ledger.mode", "external");
    p.put("gvr.registry.ledger.rpc-url", b.rpcUrl());
    p.put("gvr.registry.ledger.private-key", b.privateKey());
    p.put("gvr.registry.ledger.contracts.anchor-registry", b.contracts().anchorRegistry());
    p.put("gvr.registry.ledger.contracts.trust-registry", b.contracts().trustRegistry());
    p.put("gvr.registry.ledger.contracts.green-value-ledger", b.contracts().greenValueLedger());
    p.put("gvr.keys.master-key", "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=");
    p.put("gvr.registry.anchoring.interval", "100ms");
    p.put("gvr.registry.anchoring.max-batch", "15");
    List<Class<?>> sources = new ArrayList<>(List.of(RegistryApplication.class));
    sources.addAll(List.of(extra));
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).properties(p).run();
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  private static JdbcClient jdbc(String url) {
    Backends b = Backends.get();
    return JdbcClient.create(
        new org.springframework.jdbc.datasource.DriverManagerDataSource(
            url, b.username(), b.password()));
  }
}
