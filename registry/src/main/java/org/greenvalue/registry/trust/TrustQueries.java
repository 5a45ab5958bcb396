package org.greenvalue.registry.trust;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.trust.CredentialType;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * "Was this DID trusted for this type at this time?", answered from the recorded events by the
 * contract's own rule (an accreditation whose period contains the time, and the status in force
 * then, by block time, is active), with the contract's answer beside it.
 */
@Service
public class TrustQueries {
  private final TrustRepository repository;
  private final Ledger ledger;

  TrustQueries(TrustRepository repository, Ledger ledger) {
    this.repository = repository;
    this.ledger = ledger;
  }

  public TrustAnswer trustedAt(String did, String type, Instant requestedAt) {
    if (!Patterns.isDid(did)) {
      throw new Problem(
          HttpStatus.BAD_REQUEST, "invalid-did", "Invalid DID", "'" + did + "' is not a DID");
    }
    if (!repository.knows(did)) {
      throw Problem.notFound("unknown-did", did + " has never been accredited for any type");
    }
    Instant at = requestedAt.truncatedTo(ChronoUnit.SECONDS);
    List<TrustEvent> events = repository.confirmedEvents(did, type);
    Optional<TrustEvent> accreditation = accreditationAt(events, at);
    Optional<TrustEvent> change = statusChangeAt(events, at);
    TrustStatus status = change.map(TrustEvent::status).orElse(TrustStatus.ACTIVE);
    boolean trusted = accreditation.isPresent() && status == TrustStatus.ACTIVE;
    String reason = reason(events, accreditation.isPresent(), status, type, at);
    return new TrustAnswer(
        did,
        type,
        at,
        trusted,
        reason,
        accreditation.orElse(null),
        change.orElse(null),
        onChain(did, type, at));
  }

  /** The accreditation covering {@code at} among one subject's events (the latest wins). */
  static Optional<TrustEvent> accreditationAt(List<TrustEvent> events, Instant at) {
    return events.stream().filter(e -> e.covers(at)).max(Comparator.comparingLong(TrustEvent::id));
  }

  /** The status change in force at {@code at}, by block time; none means active. */
  static Optional<TrustEvent> statusChangeAt(List<TrustEvent> events, Instant at) {
    return events.stream()
        .filter(e -> e.kind() == TrustEvent.Kind.STATUS_CHANGED)
        .filter(e -> !e.ledger().blockTime().isAfter(at))
        .reduce((first, second) -> second);
  }

  private static String reason(
      List<TrustEvent> events, boolean covered, TrustStatus status, String type, Instant at) {
    if (events.isEmpty()) {
      return "never accredited for " + type;
    }
    if (!covered) {
      return "no accreditation for " + type + " covers " + at;
    }
    return switch (status) {
      case ACTIVE -> "accredited for " + type + " and active at " + at;
      case SUSPENDED -> "accredited, but suspended at " + at;
      case REVOKED -> "accredited, but revoked at " + at;
    };
  }

  private Boolean onChain(String did, String type, Instant at) {
    try {
      return ledger.trust().wasTrusted(did, CredentialType.of(type), at);
    } catch (LedgerUnavailableException e) {
      return null;
    }
  }
}
