package org.greenvalue.issuer.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.Anchor;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A digest the outbox holds as sent, which the registry does not hold (a registry that lost it), is
 * queued again and submitted once more, and only then; a digest claimed by one instance is not
 * claimed by another until its lease runs out.
 */
class AnchorRequeueTest extends IssuerIntegrationTest {
  private static final Instant LATER = Instant.now().plus(Duration.ofHours(1));

  @Autowired AnchorOutbox outbox;
  @Autowired AnchoringProperties properties;
  @Autowired RegistryClient registry;

  @Test
  void aSentDigestTheRegistryDoesNotHoldIsQueuedAgainAndSubmittedExactlyOnce() {
    String org = orgId("lost");
    Fixtures.organisation(http(), org, "web", "supplier");
    // the outbox holds it as sent once; the registry has never seen it (its lookup leaves it out,
    // as GET /anchors/{digest} answers 404)
    String digest = sent(org, 1);
    assertThat(registry.anchors(List.of(digest))).isEmpty();
    assertThat(registry.anchor(digest)).isEmpty();
    AnchorForwarder forwarder =
        new AnchorForwarder(outbox, registry, properties, Clock.systemUTC());

    forwarder.check(List.of(digest));

    AnchorOutbox.AnchorState requeued = outbox.state(digest).orElseThrow();
    assertThat(requeued.state()).isEqualTo("QUEUED");
    assertThat(requeued.attempts()).isEqualTo(1);
    assertThat(requeued.lastError()).contains("does not hold");
    // asked again before it is sent: still queued once, not twice
    forwarder.check(List.of(digest));
    assertThat(outbox.state(digest).orElseThrow().attempts()).isEqualTo(1);

    // the workers submit it again, once, and learn its anchoring
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> outbox.state(digest).orElseThrow().state().equals("ANCHORED"));
    AnchorOutbox.AnchorState anchored = outbox.state(digest).orElseThrow();
    assertThat(anchored.attempts()).isEqualTo(2);
    // why it was sent twice stays on the row
    assertThat(anchored.lastError()).contains("does not hold");
    List<Anchor> atRegistry = registry.anchors(List.of(digest));
    assertThat(atRegistry).singleElement().satisfies(a -> assertThat(a.anchored()).isTrue());

    // once the registry holds it, asking again sends nothing
    forwarder.check(List.of(digest));
    assertThat(outbox.state(digest).orElseThrow().attempts()).isEqualTo(2);
    assertThat(outbox.state(digest).orElseThrow().state()).isEqualTo("ANCHORED");
  }

  @Test
  void aSentDigestTheRegistryHoldsIsNotSentAgain() {
    String org = orgId("held");
    Fixtures.organisation(http(), org, "web", "supplier");
    String digest = sent(org, 1);
    Instant accepted = registry.submitAnchors(List.of(digest)).getFirst().submittedAt();
    AnchorForwarder forwarder =
        new AnchorForwarder(outbox, registry, properties, Clock.systemUTC());

    forwarder.check(List.of(digest));

    AnchorOutbox.AnchorState state = outbox.state(digest).orElseThrow();
    assertThat(state.state()).isIn("SUBMITTED", "ANCHORED");
    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.lastError()).isNull();
    assertThat(registry.anchors(List.of(digest)).getFirst().submittedAt()).isEqualTo(accepted);
  }

  @Test
  void anUnreachableRegistryLeavesSentDigestsAsTheyAre() throws Exception {
    String org = orgId("unreachable");
    Fixtures.organisation(http(), org, "web", "supplier");
    String digest = sent(org, 1);
    RegistryClient away =
        new RegistryClient(
            RegistryClientConfig.writer(
                URI.create("http://localhost:" + RegistryProcess.freePort()), "writer", "x"));

    new AnchorForwarder(outbox, away, properties, Clock.systemUTC()).check(List.of(digest));

    AnchorOutbox.AnchorState state = outbox.state(digest).orElseThrow();
    assertThat(state.state()).isEqualTo("SUBMITTED");
    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.lastError()).isNull();
  }

  @Test
  void twoInstancesNeverClaimTheSameDigestAndAClaimLapsesAfterItsLease() throws Exception {
    String org = orgId("lease");
    Fixtures.organisation(http(), org, "web", "supplier");
    List<String> mine = IntStream.range(0, 8).mapToObj(i -> queued(org)).toList();
    Instant due = LATER.plusSeconds(1);
    Duration lease = properties.claimLease();
    assertThat(lease).isEqualTo(Duration.ofMinutes(1));
    // other tests' queued rows due by then are claimed too: put them back afterwards
    Map<String, Timestamp> others = queuedDueBy(due.plus(lease).plusSeconds(1));
    mine.forEach(others::remove);
    try {
      // two instances claim at the same moment, two digests a round, until nothing is left
      CountDownLatch start = new CountDownLatch(1);
      List<List<String>> claims = new ArrayList<>();
      try (var pool = Executors.newFixedThreadPool(2)) {
        List<Future<List<String>>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          running.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<String> claimed = new ArrayList<>();
                    List<String> round;
                    while (!(round = outbox.claimDue(2, due, lease)).isEmpty()) {
                      claimed.addAll(round);
                    }
                    return claimed;
                  }));
        }
        start.countDown();
        for (Future<List<String>> f : running) {
          claims.add(f.get());
        }
      }
      Set<String> first = new HashSet<>(claims.get(0));
      assertThat(claims.get(0)).doesNotHaveDuplicates();
      assertThat(claims.get(1)).doesNotHaveDuplicates().noneMatch(first::contains);
      assertThat(union(claims)).containsAll(mine);
      // within the lease nobody claims them again, not even at its last moment
      assertThat(outbox.claimDue(1_000, due.plus(lease).minusMillis(1), lease))
          .doesNotContainAnyElementsOf(mine);
      // an instance killed with its claim: once the lease runs out, another takes the digests
      assertThat(outbox.claimDue(1_000, due.plus(lease).plusSeconds(1), lease)).containsAll(mine);
      assertThat(mine)
          .allSatisfy(
              d -> {
                AnchorOutbox.AnchorState s = outbox.state(d).orElseThrow();
                assertThat(s.state()).isEqualTo("QUEUED");
                assertThat(s.attempts()).isZero();
              });
    } finally {
      others.forEach(
          (digest, at) ->
              jdbc.sql("UPDATE anchor_outbox SET next_attempt_at = ? WHERE digest = ?")
                  .params(at, digest)
                  .update());
    }
  }

  private static Set<String> union(List<List<String>> claims) {
    Set<String> all = new HashSet<>();
    claims.forEach(all::addAll);
    return all;
  }

  private Map<String, Timestamp> queuedDueBy(Instant at) {
    Map<String, Timestamp> rows = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT digest, next_attempt_at FROM anchor_outbox WHERE state = 'QUEUED'"
                + " AND next_attempt_at <= ?")
        .param(Timestamp.from(at))
        .query(
            rs -> {
              rows.put(rs.getString(1), rs.getTimestamp(2));
            });
    return rows;
  }

  /** A credential and its outbox row, queued and due only later; returns the digest. */
  private String queued(String org) {
    return row(org, "QUEUED", 0, null);
  }

  /** A credential and its outbox row held as sent {@code attempts} times; returns the digest. */
  private String sent(String org, int attempts) {
    return row(org, "SUBMITTED", attempts, Instant.now().minusSeconds(60));
  }

  private String row(String org, String state, int attempts, Instant submittedAt) {
    String digest = outboxRow(org, state, attempts, LATER);
    if (submittedAt != null) {
      jdbc.sql("UPDATE anchor_outbox SET submitted_at = ? WHERE digest = ?")
          .params(Timestamp.from(submittedAt), digest)
          .update();
    }
    return digest;
  }
}
