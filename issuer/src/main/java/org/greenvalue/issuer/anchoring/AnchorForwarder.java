package org.greenvalue.issuer.anchoring;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenvalue.registry.client.Anchor;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the registry's {@code POST /anchors/batch}, one request per batch. An
 * unreachable registry, a 5xx, or a registry without the endpoint (404) puts the batch back with
 * doubling backoff. A batch the registry refuses (400: one malformed digest refuses it whole) is
 * sent again one digest at a time, so the refused digest is kept with the reason and not retried,
 * and the others go on. A digest held as sent that the registry's lookup does not know (a registry
 * that lost it after accepting it) is queued again and sent once more.
 */
@Component
class AnchorForwarder {
  private static final Logger log = LoggerFactory.getLogger(AnchorForwarder.class);

  private final AnchorOutbox outbox;
  private final RegistryClient registry;
  private final AnchoringProperties properties;
  private final Clock clock;

  AnchorForwarder(
      AnchorOutbox outbox, RegistryClient registry, AnchoringProperties properties, Clock clock) {
    this.outbox = outbox;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${gvr.issuer.anchoring.interval:250ms}")
  void forward() {
    List<String> due =
        outbox.claimDue(properties.batchSize(), clock.instant(), properties.claimLease());
    if (!due.isEmpty()) {
      send(due);
    }
  }

  /** False when the registry is unavailable: the batch waits for the next attempt. */
  boolean send(List<String> digests) {
    try {
      Instant now = clock.instant();
      registry.submitAnchors(digests).forEach(a -> outbox.submitted(a.digest(), a.state(), now));
      return true;
    } catch (RegistryException.Unavailable e) {
      retryLater(digests, e.getMessage());
      return false;
    } catch (RegistryException.Refused e) {
      int status = e.problem().status();
      if (status == 404 || status == 401 || status == 403) {
        retryLater(digests, e.getMessage());
        return false;
      }
      if (digests.size() > 1) {
        return digests.stream().allMatch(d -> send(List.of(d)));
      }
      outbox.refused(digests.getFirst(), e.getMessage());
      log.warn("the registry refused to anchor {}: {}", digests.getFirst(), e.getMessage());
      return true;
    }
  }

  private void retryLater(List<String> digests, String error) {
    for (String digest : digests) {
      int attempts = outbox.attempts(digest) + 1;
      outbox.failed(digest, error, clock.instant().plus(properties.backoff(attempts)));
    }
  }

  /** Learns which submitted digests are anchored, one {@code POST /anchors/lookup} per batch. */
  @Scheduled(fixedDelayString = "${gvr.issuer.anchoring.interval:250ms}")
  void collect() {
    List<String> waiting =
        outbox.claimAwaitingAnchor(
            properties.batchSize(), clock.instant(), properties.receiptCheckInterval());
    if (!waiting.isEmpty()) {
      check(waiting);
    }
  }

  /**
   * Asks the registry about digests held as sent: records those anchored, and queues again those it
   * does not hold (its lookup leaves out a digest it has never seen, as {@code GET
   * /anchors/{digest}} answers 404), with the backoff of their attempts so far.
   */
  void check(List<String> waiting) {
    List<Anchor> known;
    try {
      known = registry.anchors(waiting);
    } catch (RegistryException e) {
      log.debug("could not ask the registry about {} digests: {}", waiting.size(), e.getMessage());
      return;
    }
    Set<String> held = new HashSet<>();
    for (Anchor anchor : known) {
      held.add(anchor.digest());
      if (anchor.anchored()) {
        outbox.anchored(anchor.digest());
      }
    }
    for (String digest : waiting) {
      if (held.contains(digest)) {
        continue;
      }
      Instant retryAt = clock.instant().plus(properties.backoff(outbox.attempts(digest)));
      if (outbox.requeue(digest, "the registry does not hold it; submitted again", retryAt)) {
        log.warn("the registry does not hold {}, which it accepted; queued again", digest);
      }
    }
  }
}
