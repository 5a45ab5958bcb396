package org.greenvalue.issuer.anchoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenvalue.registry.client.Anchor;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the registry's {@code POST /anchors}. An unreachable registry, a 5xx, or a
 * registry without the anchoring endpoint (404) is retried with doubling backoff; a digest the
 * registry refuses outright (400/422) is kept with the reason and not retried.
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
        outbox.claimDue(properties.batchSize(), clock.instant(), Duration.ofMinutes(1));
    for (String digest : due) {
      if (!send(digest)) {
        // the registry is away: the rest of this round waits as long as this one
        Instant retryAt = clock.instant().plus(properties.backoff(outbox.attempts(digest)));
        outbox.release(due.subList(due.indexOf(digest) + 1, due.size()), retryAt);
        return;
      }
    }
  }

  /** False when the registry is unavailable, so the round stops. */
  boolean send(String digest) {
    try {
      Anchor anchor = registry.submitAnchor(digest);
      outbox.submitted(digest, anchor.state(), clock.instant());
      return true;
    } catch (RegistryException.Unavailable e) {
      retryLater(digest, e.getMessage());
      return false;
    } catch (RegistryException.Refused e) {
      if (e.problem().status() == 404
          || e.problem().status() == 401
          || e.problem().status() == 403) {
        retryLater(digest, e.getMessage());
        return false;
      }
      outbox.refused(digest, e.getMessage());
      log.warn("the registry refused to anchor {}: {}", digest, e.getMessage());
      return true;
    }
  }

  private void retryLater(String digest, String error) {
    int attempts = outbox.attempts(digest) + 1;
    Instant retryAt = clock.instant().plus(properties.backoff(attempts));
    outbox.failed(digest, error, retryAt);
  }
}
