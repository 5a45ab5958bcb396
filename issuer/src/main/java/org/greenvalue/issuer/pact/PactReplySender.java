package org.greenvalue.issuer.pact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drains the reply outbox: each due reply is delivered to its recipient's {@code /3/events}. An
 * unreachable recipient, a 5xx or a not-yet-ready host is retried with doubling backoff (capped)
 * until {@code give-up-after} from the request (PACT suggests 72 hours), then ABANDONED; a reply
 * the recipient refuses outright (another 4xx) is kept as REFUSED. A delivered reply is marked SENT
 * and never claimed again; a crash between delivery and marking can send it once more with the same
 * event id, which the recipient de-duplicates by (source, id) as CloudEvents intends.
 */
@Component
class PactReplySender {
  private static final Logger log = LoggerFactory.getLogger(PactReplySender.class);

  private final PactReplies replies;
  private final RecipientClient client;
  private final PactRecipientsProperties properties;
  private final Clock clock;

  PactReplySender(
      PactReplies replies,
      RecipientClient client,
      PactRecipientsProperties properties,
      Clock clock) {
    this.replies = replies;
    this.client = client;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${gvr.issuer.pact.interval:500ms}")
  void sendDue() {
    Instant now = clock.instant();
    List<PactReplies.Due> due =
        replies.claimDue(
            properties.batchSize(), now, properties.timeout().multipliedBy(2).plusSeconds(30));
    for (PactReplies.Due reply : due) {
      send(reply);
    }
  }

  void send(PactReplies.Due reply) {
    Optional<PactRecipientsProperties.Recipient> recipient = properties.recipient(reply.source());
    if (recipient.isEmpty()) {
      replies.noRecipient(
          reply, "the recipient for " + reply.source() + " is no longer configured");
      return;
    }
    switch (client.deliver(recipient.get(), reply.reply())) {
      case RecipientClient.Outcome.Delivered d -> {
        replies.sent(reply, clock.instant());
        log.info("answered footprint request {} from {}", reply.requestId(), reply.source());
      }
      case RecipientClient.Outcome.Refused r -> {
        replies.refused(reply, r.reason());
        log.warn("{} refused the answer to {}: {}", reply.source(), reply.requestId(), r.reason());
      }
      case RecipientClient.Outcome.RetryLater r -> retryOrAbandon(reply, r.reason());
    }
  }

  private void retryOrAbandon(PactReplies.Due reply, String reason) {
    Instant now = clock.instant();
    if (now.isAfter(reply.createdAt().plus(properties.giveUpAfter()))) {
      replies.abandoned(reply, "given up after " + properties.giveUpAfter() + ": " + reason);
      log.warn("gave up answering {} from {}: {}", reply.requestId(), reply.source(), reason);
      return;
    }
    replies.failed(reply, reason, now.plus(properties.backoff(reply.attempts() + 1)));
  }
}
