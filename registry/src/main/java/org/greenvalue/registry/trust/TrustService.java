package org.greenvalue.registry.trust;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.trust.CredentialType;
import org.greenvalue.ledger.trust.TrustStatus;
import org.greenvalue.ledger.trust.Validity;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trust changes, written to PostgreSQL and the chain together: inside one database transaction the
 * subject row is locked, the change sent to the {@code TrustRegistry} and awaited, and only a
 * confirmed change is recorded (event, status, audit). A refusal or an unreachable ledger rolls the
 * transaction back: nothing changes anywhere. A transaction sent but not confirmed in time is
 * recorded as pending with its hash; further changes to that subject wait until it is settled.
 */
@Service
class TrustService {
  private final TrustRepository repository;
  private final Ledger ledger;
  private final AuditLog audit;
  private final Clock clock;

  TrustService(TrustRepository repository, Ledger ledger, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public TrustEvent accredit(AccreditRequest request, String clientId) {
    Instant from = request.validFrom().truncatedTo(ChronoUnit.SECONDS);
    Instant until =
        request.validUntil() == null ? null : request.validUntil().truncatedTo(ChronoUnit.SECONDS);
    if (until != null && !until.isAfter(from)) {
      throw Problem.invalid("invalid-validity", "validUntil must be after validFrom");
    }
    String did = request.did();
    String type = request.credentialType();
    Optional<TrustStatus> current = lockUnpending(did, type);
    Validity validity = until == null ? Validity.from(from) : Validity.between(from, until);
    LedgerResult result = ledger.trust().accredit(did, CredentialType.of(type), validity);
    LedgerEvidence evidence = evidence(result, did, type);
    boolean reactivates = current.orElse(TrustStatus.ACTIVE) == TrustStatus.REVOKED;
    TrustStatus status =
        evidence.pending() ? current.orElse(TrustStatus.ACTIVE) : TrustStatus.ACTIVE;
    repository.saveSubject(did, type, request.role(), status);
    String authority =
        request.accreditingAuthority() == null ? clientId : request.accreditingAuthority();
    TrustEvent event =
        repository.insert(
            new TrustEvent(
                0,
                did,
                type,
                TrustEvent.Kind.ACCREDITED,
                TrustStatus.ACTIVE,
                request.role(),
                from,
                until,
                authority,
                null,
                clientId,
                clock.instant(),
                evidence));
    if (reactivates) {
      repository.insert(change(did, type, TrustStatus.ACTIVE, "re-accredited", clientId, evidence));
    }
    audit.record(
        clientId,
        "trust.accredit",
        did,
        Map.of("credentialType", type, "role", request.role(), "validFrom", from.toString()),
        evidence.txHash(),
        evidence.blockNumber());
    return event;
  }

  @Transactional
  public TrustEvent changeStatus(StatusChangeRequest request, String clientId) {
    String did = request.did();
    String type = request.credentialType();
    lockUnpending(did, type);
    CredentialType credentialType = CredentialType.of(type);
    var trust = ledger.trust();
    LedgerResult result =
        switch (request.action()) {
          case SUSPEND -> trust.suspend(did, credentialType, request.reason());
          case REINSTATE -> trust.reinstate(did, credentialType, request.reason());
          case REVOKE -> trust.revoke(did, credentialType, request.reason());
        };
    LedgerEvidence evidence = evidence(result, did, type);
    TrustStatus status =
        switch (request.action()) {
          case SUSPEND -> TrustStatus.SUSPENDED;
          case REINSTATE -> TrustStatus.ACTIVE;
          case REVOKE -> TrustStatus.REVOKED;
        };
    if (!evidence.pending()) {
      repository.updateStatus(did, type, status);
    }
    TrustEvent event =
        repository.insert(change(did, type, status, request.reason(), clientId, evidence));
    audit.record(
        clientId,
        "trust." + request.action().name().toLowerCase(),
        did,
        Map.of("credentialType", type, "reason", request.reason()),
        evidence.txHash(),
        evidence.blockNumber());
    return event;
  }

  private Optional<TrustStatus> lockUnpending(String did, String type) {
    Optional<TrustStatus> current = repository.lock(did, type);
    if (current.isPresent() && repository.hasPending(did, type)) {
      throw Problem.conflict(
          "change-pending",
          "an earlier change to " + did + " for " + type + " is still pending on chain");
    }
    return current;
  }

  private TrustEvent change(
      String did,
      String type,
      TrustStatus status,
      String reason,
      String clientId,
      LedgerEvidence evidence) {
    return new TrustEvent(
        0,
        did,
        type,
        TrustEvent.Kind.STATUS_CHANGED,
        status,
        null,
        null,
        null,
        null,
        reason,
        clientId,
        clock.instant(),
        evidence);
  }

  private LedgerEvidence evidence(LedgerResult result, String did, String type) {
    long chainId = ledger.chainId();
    String contract = ledger.trust().address();
    return switch (result) {
      case LedgerResult.Confirmed c -> confirmed(chainId, contract, c.receipt());
      case LedgerResult.Unconfirmed u ->
          new LedgerEvidence(chainId, contract, u.txHash(), null, null);
      default -> throw LedgerOutcomes.refusal(result, did, type);
    };
  }

  private static LedgerEvidence confirmed(long chainId, String contract, TxReceipt receipt) {
    return new LedgerEvidence(
        chainId,
        contract,
        receipt.txHash(),
        receipt.blockNumber().longValueExact(),
        receipt.blockTime());
  }
}
