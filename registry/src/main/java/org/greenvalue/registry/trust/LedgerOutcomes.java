package org.greenvalue.registry.trust;

import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.trust.TrustError;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;

/** What a refused or failed trust write means to the caller, as a problem. */
final class LedgerOutcomes {
  private LedgerOutcomes() {}

  static Problem refusal(LedgerResult result, String did, String credentialType) {
    return switch (result) {
      case LedgerResult.Rejected r -> rejected(r.error(), did, credentialType);
      case LedgerResult.Unavailable u ->
          new Problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              "ledger-unavailable",
              "Ledger unavailable",
              "the ledger could not be reached; nothing was changed, retry with the same"
                  + " Idempotency-Key");
      default -> throw new IllegalArgumentException("not a refusal: " + result);
    };
  }

  private static Problem rejected(ContractError error, String did, String type) {
    String subject = did + " for " + type;
    return switch (error) {
      case TrustError.NotAccredited n ->
          Problem.conflict("not-accredited", subject + " has never been accredited");
      case TrustError.AccreditationSuspended s ->
          Problem.conflict(
              "accreditation-suspended",
              subject + " is suspended; reinstate it before accrediting");
      case TrustError.AlreadySuspended s ->
          Problem.conflict("already-suspended", subject + " is already suspended");
      case TrustError.NotSuspended s ->
          Problem.conflict("not-suspended", subject + " is not suspended");
      case TrustError.AlreadyRevoked r ->
          Problem.conflict("already-revoked", subject + " is revoked");
      case TrustError.InvalidValidity v ->
          Problem.invalid("invalid-validity", "validUntil must be after validFrom");
      case TrustError e -> Problem.invalid("trust-refused", "refused by the trust registry: " + e);
      default ->
          new Problem(
              HttpStatus.BAD_GATEWAY,
              "ledger-refused",
              "Ledger refused",
              "the ledger refused the write (" + error.name() + "); nothing was changed");
    };
  }
}
