package org.greenvalue.issuer.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every issued credential's digest is queued, and an unreachable registry only delays it. */
class AnchorOutboxTest extends IssuerIntegrationTest {
  @Autowired AnchorOutbox outbox;
  @Autowired AnchoringProperties properties;

  @Test
  void queuesEveryIssuedCredentialAndTheWorkerForwardsIt() {
    Http http = http();
    String org = orgId("anchored");
    Fixtures.organisation(http, org, "web", "supplier");
    Http.Reply issued =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "vc+jwt"));
    String digest = issued.json().get("digest").asText();
    assertThat(outbox.state(digest)).isPresent();
    long attemptsBefore = totalAttempts();
    // the worker keeps forwarding: either this digest is accepted by the registry, or (while the
    // registry has no POST /anchors, or is away) it probes one digest per round and retries later
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !outbox.state(digest).orElseThrow().state().equals("QUEUED")
                    || totalAttempts() > attemptsBefore);
    AnchorOutbox.AnchorState state = outbox.state(digest).orElseThrow();
    assertThat(state.state()).isIn("QUEUED", "SUBMITTED", "ANCHORED");
    if (!state.state().equals("QUEUED")) {
      assertThat(state.submittedAt()).isNotNull();
      String id = issued.json().get("id").asText();
      // the forwarder's batch lookups, not the reads, move the outbox to ANCHORED
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> outbox.state(digest).orElseThrow().state().equals("ANCHORED"));
      Http.Reply read = http.get("/credentials/" + id, http.supplier());
      assertThat(read.json().path("anchoring").asText()).isEqualTo("ANCHORED");
      assertThat(read.json().get("anchor").get("receipt").toString()).contains(digest.substring(7));
    } else {
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM anchor_outbox WHERE attempts > 0 AND last_error IS NOT NULL")
                  .query(Long.class)
                  .single())
          .isPositive();
    }
  }

  private long totalAttempts() {
    return jdbc.sql("SELECT coalesce(sum(attempts), 0) FROM anchor_outbox")
        .query(Long.class)
        .single();
  }

  @Test
  void anUnreachableRegistryDelaysTheDigestWithGrowingBackoffAndLosesNothing() throws Exception {
    Http http = http();
    String org = orgId("outage");
    Fixtures.organisation(http, org, "web", "supplier");
    Instant later = Instant.now().plus(Duration.ofHours(1));
    String digest = outboxRow(org, "QUEUED", 0, later);

    RegistryClient away =
        new RegistryClient(
            RegistryClientConfig.writer(
                URI.create("http://localhost:" + RegistryProcess.freePort()), "writer", "x"));
    AnchorForwarder forwarder = new AnchorForwarder(outbox, away, properties, Clock.systemUTC());
    assertThat(forwarder.send(List.of(digest))).isFalse();
    Instant first = nextAttempt(digest);
    assertThat(forwarder.send(List.of(digest))).isFalse();
    Instant second = nextAttempt(digest);

    AnchorOutbox.AnchorState state = outbox.state(digest).orElseThrow();
    assertThat(state.state()).isEqualTo("QUEUED");
    assertThat(state.attempts()).isEqualTo(2);
    assertThat(state.lastError()).contains("unreachable");
    assertThat(first).isAfter(Instant.now().minusSeconds(1));
    assertThat(Duration.between(Instant.now(), second))
        .isGreaterThan(Duration.between(Instant.now(), first));
    assertThat(count("issued_credentials")).isPositive();

    // the registry back (the real one): the workers send it, once, and the row keeps why it took
    // more than one attempt
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !outbox.state(digest).orElseThrow().state().equals("QUEUED"));
    AnchorOutbox.AnchorState sent = outbox.state(digest).orElseThrow();
    assertThat(sent.state()).isIn("SUBMITTED", "ANCHORED");
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sent.lastError()).contains("unreachable");
  }

  @Test
  void backoffDoublesUpToItsCap() {
    AnchoringProperties p =
        new AnchoringProperties(
            Duration.ofMillis(250),
            10,
            Duration.ofSeconds(1),
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            Duration.ofMinutes(1));
    assertThat(
            Map.of(
                1,
                p.backoff(1),
                2,
                p.backoff(2),
                3,
                p.backoff(3),
                7,
                p.backoff(7),
                40,
                p.backoff(40)))
        .containsEntry(1, Duration.ofSeconds(1))
        .containsEntry(2, Duration.ofSeconds(2))
        .containsEntry(3, Duration.ofSeconds(4))
        .containsEntry(7, Duration.ofSeconds(60))
        .containsEntry(40, Duration.ofSeconds(60));
  }

  private Instant nextAttempt(String digest) {
    return jdbc.sql("SELECT next_attempt_at FROM anchor_outbox WHERE digest = ?")
        .param(digest)
        .query(Timestamp.class)
        .single()
        .toInstant();
  }
}
