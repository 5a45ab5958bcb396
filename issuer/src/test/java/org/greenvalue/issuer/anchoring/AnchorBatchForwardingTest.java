package org.greenvalue.issuer.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.Anchor;
import org.greenvalue.registry.client.RegistryClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Digests travel to the registry in batches, one request each way per batch, and reading a
 * credential never changes what the outbox knows.
 */
class AnchorBatchForwardingTest extends IssuerIntegrationTest {
  private static final Instant LATER = Instant.now().plus(Duration.ofHours(1));

  @Autowired AnchorOutbox outbox;
  @Autowired AnchoringProperties properties;
  @Autowired RegistryClient registry;

  @Test
  void aBatchIsSubmittedInOneRequestAndItsAnchoringLearnedInOne() {
    String org = orgId("batch");
    Fixtures.organisation(http(), org, "web", "supplier");
    List<String> digests =
        IntStream.range(0, 5).mapToObj(i -> queued(org, "QUEUED", LATER)).toList();
    AnchorForwarder forwarder =
        new AnchorForwarder(outbox, registry, properties, Clock.systemUTC());

    assertThat(forwarder.send(digests)).isTrue();

    assertThat(digests)
        .allSatisfy(d -> assertThat(outbox.state(d).orElseThrow().state()).isEqualTo("SUBMITTED"));
    // the registry anchors them; the forwarder's lookups (one per batch) record it
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> digests.stream().allMatch(d -> state(d).equals("ANCHORED")));
    List<Anchor> anchors = registry.anchors(digests);
    assertThat(anchors).extracting(Anchor::digest).containsExactlyElementsOf(digests);
    assertThat(anchors).allMatch(Anchor::anchored);
  }

  @Test
  void aBatchSentTwiceIsTheSameBatchAtTheRegistry() {
    String org = orgId("twice");
    Fixtures.organisation(http(), org, "web", "supplier");
    List<String> digests =
        IntStream.range(0, 3).mapToObj(i -> queued(org, "QUEUED", LATER)).toList();

    List<Anchor> first = registry.submitAnchors(digests);
    List<Anchor> again = registry.submitAnchors(digests);

    assertThat(again).extracting(Anchor::digest).containsExactlyElementsOf(digests);
    assertThat(again)
        .extracting(Anchor::submittedAt)
        .containsExactlyElementsOf(first.stream().map(Anchor::submittedAt).toList());
  }

  @Test
  void readingACredentialLeavesItsOutboxRowAsItWas() {
    Http http = http();
    String org = orgId("read-only");
    Fixtures.organisation(http, org, "web", "supplier");
    Http.Reply issued =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "vc+jwt"));
    String id = issued.json().get("id").asText();
    String digest = issued.json().get("digest").asText();
    // the forwarder has learned it: no forwarding cycle still holds the row to write it later
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                registry.anchors(List.of(digest)).stream().anyMatch(Anchor::anchored)
                    && state(digest).equals("ANCHORED"));
    // pretend the outbox has not learned it yet, and keep the forwarder from asking
    jdbc.sql("UPDATE anchor_outbox SET state = 'SUBMITTED', next_attempt_at = ? WHERE digest = ?")
        .params(Timestamp.from(LATER), digest)
        .update();
    Map<String, Object> before = row(digest);

    Http.Reply read = http.get("/credentials/" + id, http.supplier());

    assertThat(read.json().path("anchoring").asText()).isEqualTo("ANCHORED");
    assertThat(read.json().path("anchor").path("receipt").toString()).contains(digest.substring(7));
    assertThat(row(digest)).isEqualTo(before);
  }

  private String state(String digest) {
    return outbox.state(digest).orElseThrow().state();
  }

  private Map<String, Object> row(String digest) {
    return jdbc.sql(
            "SELECT state, attempts, next_attempt_at, submitted_at FROM anchor_outbox WHERE digest = ?")
        .param(digest)
        .query()
        .singleRow();
  }

  /** A credential row and its outbox row, due at {@code due}; returns the digest. */
  private String queued(String org, String state, Instant due) {
    return outboxRow(org, state, 0, due);
  }
}
