package org.greenvalue.issuer.pact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records received CloudEvents once per (source, id) and, for a new footprint request, prepares its
 * answer in the same transaction: the matching footprints of the organisations the requesting
 * client is bound to and the recipient may receive, or a rejection. A request whose source has no
 * configured recipient is kept as UNANSWERABLE; the sender still gets its 200, as PACT asks of a
 * host on receipt.
 */
@Service
class PactEvents {
  private static final Logger log = LoggerFactory.getLogger(PactEvents.class);

  private final JdbcClient jdbc;
  private final PactFootprints footprints;
  private final PactReplies replies;
  private final PactRecipientsProperties properties;
  private final Clock clock;

  PactEvents(
      JdbcClient jdbc,
      PactFootprints footprints,
      PactReplies replies,
      PactRecipientsProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.footprints = footprints;
    this.replies = replies;
    this.properties = properties;
    this.clock = clock;
  }

  /** A received event: its identity, the client that sent it and its body as received. */
  record Received(String id, String source, String type, String clientId, String body) {}

  /**
   * @param request the criteria of a RequestCreatedEvent, else null
   * @param mayRead whether the requesting client may read footprints at all ({@code pact.read})
   */
  @Transactional
  void record(Received event, FootprintQuery request, boolean mayRead) {
    Instant now = clock.instant();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO pact_events (id, source, type, client_id, body, received_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(
                event.id(),
                event.source(),
                event.type(),
                event.clientId(),
                event.body(),
                Timestamp.from(now))
            .update();
    if (inserted == 1 && request != null) {
      answer(event, request, mayRead, now);
    }
  }

  private void answer(Received event, FootprintQuery request, boolean mayRead, Instant now) {
    Optional<PactRecipientsProperties.Recipient> recipient = properties.recipient(event.source());
    // The organisations the request concerns: those the requesting client is bound to, limited
    // to those the recipient may receive. Only their footprints are searched; only their members
    // read the request on GET /pact/requests.
    List<String> orgIds = footprints.boundOrganisations(event.clientId());
    if (recipient.isPresent() && !recipient.get().organisations().isEmpty()) {
      orgIds = orgIds.stream().filter(recipient.get().organisations()::contains).toList();
    }
    if (recipient.isEmpty()) {
      log.warn(
          "footprint request {} from {} is unanswerable: no recipient configured for its source",
          event.id(),
          event.source());
      replies.unanswerable(
          event.source(),
          event.id(),
          orgIds,
          "no recipient configured for source " + event.source(),
          now);
      return;
    }
    if (!recipient.get().acceptsRequestsFrom(event.clientId())) {
      log.warn(
          "footprint request {} is unanswerable: client {} may not send requests for source {}",
          event.id(),
          event.clientId(),
          event.source());
      replies.unanswerable(
          event.source(),
          event.id(),
          orgIds,
          "client " + event.clientId() + " may not send requests for source " + event.source(),
          now);
      return;
    }
    String replyId = UUID.randomUUID().toString();
    String source = properties.eventSource();
    if (!mayRead) {
      reject(
          event,
          orgIds,
          replyId,
          source,
          now,
          new PactError(PactError.ACCESS_DENIED, "the requesting client may not read footprints"));
      return;
    }
    List<String> matches =
        orgIds.isEmpty()
            ? List.of()
            : footprints.page(request.onlyOrganisations(orgIds)).rows().stream()
                .limit(FootprintQuery.MAX_LIMIT)
                .map(PactFootprints.Row::document)
                .toList();
    if (matches.isEmpty()) {
      reject(
          event,
          orgIds,
          replyId,
          source,
          now,
          new PactError(PactError.NOT_FOUND, "No footprint matches the request's criteria."));
      return;
    }
    replies.pending(
        event.source(),
        event.id(),
        orgIds,
        replyId,
        ReplyEvents.FULFILLED,
        ReplyEvents.fulfilled(replyId, source, now, event.id(), matches),
        now);
  }

  /** Queues a RequestRejectedEvent answering {@code event}. */
  private void reject(
      Received event,
      List<String> orgIds,
      String replyId,
      String source,
      Instant now,
      PactError error) {
    replies.pending(
        event.source(),
        event.id(),
        orgIds,
        replyId,
        ReplyEvents.REJECTED,
        ReplyEvents.rejected(replyId, source, now, event.id(), error),
        now);
  }
}
