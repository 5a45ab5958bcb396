package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

/** Submit, batch, anchor, read the receipt back and check it against the chain. */
class AnchoringTest extends RegistryIntegrationTest {

  static HttpResult awaitAnchored(Api api, String digest) {
    String reader = api.reader();
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> api.get("/anchors/" + digest, reader),
            r -> r.status() == 200 && "ANCHORED".equals(r.json().path("state").asText()));
  }

  static AnchorReceipt receipt(JsonNode state) {
    ReceiptParse parsed = AnchorReceiptJson.read(state.get("receipt").toString());
    assertThat(parsed).isInstanceOf(ReceiptParse.Parsed.class);
    return ((ReceiptParse.Parsed) parsed).receipt();
  }

  long rows(String table, String digest) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE digest = ?")
        .param(digest)
        .query(Long.class)
        .single();
  }

  @Test
  void aSubmittedDigestIsAnchoredWithAReceiptThatVerifiesAgainstTheChain() {
    Api api = api();
    String digest = Digests.fresh();

    HttpResult submitted = api.post("/anchors", api.writer(), null, Digests.body(digest));

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
    assertThat(submitted.header("Location")).isEqualTo("/anchors/" + digest);
    assertThat(submitted.json().get("digest").asText()).isEqualTo(digest);
    assertThat(submitted.json().get("state").asText()).isEqualTo("PENDING");
    assertThat(submitted.json().hasNonNull("submittedAt")).isTrue();
    assertThat(submitted.json().has("receipt")).isFalse();

    JsonNode anchored = awaitAnchored(api, digest).json();
    AnchorReceipt receipt = receipt(anchored);
    assertThat(receipt.digest().toString()).isEqualTo(digest);
    assertThat(anchored.get("anchoredAt").asText()).isEqualTo(receipt.blockTime().toString());
    assertThat(anchored.get("submittedAt").asText())
        .isEqualTo(submitted.json().get("submittedAt").asText());

    VerificationReport report =
        new ReceiptVerifier().verify(receipt, ledger.anchors().recordOfRoot(receipt.root()));
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.checks()).hasSize(9);

    long audited =
        jdbc.sql(
                "SELECT count(*) FROM audit_log WHERE action = 'anchor.batch' AND subject = ?"
                    + " AND tx_hash = ?")
            .params(receipt.batchId().toHex(), receipt.txHash())
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void theSameDigestSubmittedAgainIsOneRowAndOneAnchoring() throws Exception {
    Api api = api();
    String writer = api.writer();
    String digest = Digests.fresh();
    List<Callable<HttpResult>> posts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // a client's Idempotency-Key is ignored: the digest is the natural key
      String key = i % 2 == 0 ? null : "key-" + i;
      posts.add(() -> api.post("/anchors", writer, key, Digests.body(digest)));
    }
    List<Integer> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (Future<HttpResult> f : pool.invokeAll(posts)) {
        statuses.add(f.get().status());
      }
    }
    assertThat(statuses).containsOnly(200, 202);
    assertThat(statuses.stream().filter(s -> s == 202)).hasSize(1);

    HttpResult anchored = awaitAnchored(api, digest);
    HttpResult again = api.post("/anchors", writer, null, Digests.body(digest));

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("state").asText()).isEqualTo("ANCHORED");
    assertThat(again.json().get("receipt")).isEqualTo(anchored.json().get("receipt"));
    assertThat(rows("anchor_outbox", digest)).isEqualTo(1);
    assertThat(rows("anchor_batch_members", digest)).isEqualTo(1);
    assertThat(rows("anchor_receipts", digest)).isEqualTo(1);
    assertThat(rows("anchor_pending", digest)).isZero();
  }

  @Test
  void manyDigestsShareOneBatchAndEachReceiptVerifies() throws Exception {
    Api api = api();
    String writer = api.writer();
    List<String> digests = new ArrayList<>();
    List<Callable<HttpResult>> posts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String digest = Digests.fresh();
      digests.add(digest);
      posts.add(() -> api.post("/anchors", writer, null, Digests.body(digest)));
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Future<HttpResult> f : pool.invokeAll(posts)) {
        assertThat(f.get().status()).isEqualTo(202);
      }
    }
    List<AnchorReceipt> receipts = new ArrayList<>();
    for (String digest : digests) {
      receipts.add(receipt(awaitAnchored(api, digest).json()));
    }
    long batches = receipts.stream().map(AnchorReceipt::batchId).distinct().count();
    assertThat(batches).isLessThan(digests.size() / 4);
    ReceiptVerifier verifier = new ReceiptVerifier();
    for (AnchorReceipt r : receipts) {
      VerificationReport report = verifier.verify(r, ledger.anchors().recordOfRoot(r.root()));
      assertThat(report.valid()).as(report.toString()).isTrue();
    }
  }

  @Test
  void anchoringMetricsArePublishedAndMove() {
    Api api = api();
    String reader = api.reader();
    awaitAnchored(api, submit(api));
    double lagBefore = count(api, "gvr.anchoring.lag");
    double batchesBefore = count(api, "gvr.anchoring.batch.size");

    awaitAnchored(api, submit(api));

    assertThat(count(api, "gvr.anchoring.lag")).isGreaterThan(lagBefore);
    assertThat(count(api, "gvr.anchoring.batch.size")).isGreaterThan(batchesBefore);
    HttpResult depth = api.get("/actuator/metrics/gvr.anchoring.outbox.depth", reader);
    assertThat(depth.status()).isEqualTo(200);
    assertThat(depth.json().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(0);
    HttpResult prometheus = api.get("/actuator/prometheus", reader);
    assertThat(prometheus.body())
        .contains("gvr_anchoring_lag_seconds_bucket")
        .contains("gvr_anchoring_batch_size_digests_count")
        .contains("gvr_anchoring_outbox_depth_digests");
  }

  private static String submit(Api api) {
    String digest = Digests.fresh();
    assertThat(api.post("/anchors", api.writer(), null, Digests.body(digest)).status())
        .isEqualTo(202);
    return digest;
  }

  private static double count(Api api, String meter) {
    HttpResult r = api.get("/actuator/metrics/" + meter, api.reader());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    for (JsonNode m : r.json().get("measurements")) {
      if ("COUNT".equals(m.get("statistic").asText())) {
        return m.get("value").asDouble();
      }
    }
    throw new AssertionError("no COUNT in " + r);
  }
}
