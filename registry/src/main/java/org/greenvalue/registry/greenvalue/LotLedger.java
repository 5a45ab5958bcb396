package org.greenvalue.registry.greenvalue;

import java.util.Map;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.greenvalue.LotError;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a lot write's outcome on {@code GreenValueLedger} means: a confirmed write becomes its
 * evidence; a refusal, an unreachable node or a transaction not confirmed in time becomes a
 * problem, which rolls the database transaction back.
 */
@Component
class LotLedger {
  private final Ledger ledger;

  LotLedger(Ledger ledger) {
    this.ledger = ledger;
  }

  LedgerEvidence confirmed(LedgerResult result) {
    return switch (result) {
      case LedgerResult.Confirmed c -> evidence(c.receipt());
      case LedgerResult.Rejected r -> throw refused(r.error());
      case LedgerResult.Unavailable u ->
          throw new Problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              "ledger-unavailable",
              "Ledger unavailable",
              "the ledger could not be reached; nothing was changed, retry with the same"
                  + " Idempotency-Key");
      case LedgerResult.Unconfirmed u ->
          throw new Problem(
              HttpStatus.GATEWAY_TIMEOUT,
              "ledger-unconfirmed",
              "Ledger write not confirmed",
              "transaction "
                  + u.txHash()
                  + " was not confirmed in time; nothing was recorded, retry with the same"
                  + " Idempotency-Key",
              Map.of("txHash", u.txHash()));
    };
  }

  private LedgerEvidence evidence(TxReceipt receipt) {
    return new LedgerEvidence(
        ledger.chainId(),
        ledger.lots().address(),
        receipt.txHash(),
        receipt.blockNumber().longValueExact(),
        receipt.blockTime());
  }

  private static Problem refused(ContractError error) {
    return switch (error) {
      case LotError.CredentialAlreadyMinted m ->
          Problem.conflict(
              "credential-already-minted",
              "a lot was already minted from this credential (" + m.lotId() + " on chain)");
      case LotError.PeriodOverlap o ->
          Problem.conflict(
              "period-overlap",
              "the project and facility already have a lot for an overlapping period ("
                  + o.lotId()
                  + " on chain)");
      case LotError.InsufficientQuantity q ->
          Problem.conflict(
              "insufficient-quantity",
              "the lot has "
                  + Tonnes.text(q.available())
                  + " t available, "
                  + Tonnes.text(q.requested())
                  + " t requested");
      case LotError.InvalidPeriod p ->
          Problem.invalid("invalid-period", "the monitoring period is empty in whole seconds");
      case LotError.LotExists e -> Problem.conflict("lot-exists", "lot " + e.lotId() + " exists");
      case LotError.ClaimExists e ->
          Problem.conflict(
              "claim-conflict", "the credential already claimed this allocation on chain");
      case LotError.AllocationExists e ->
          Problem.conflict("allocation-exists", "allocation " + e.allocationId() + " exists");
      case LotError.UnknownAllocation e ->
          Problem.notFound("unknown-allocation", "no allocation " + e.allocationId() + " on chain");
      case LotError.RetirementExists e ->
          Problem.conflict("retirement-exists", "retirement " + e.retirementId() + " exists");
      case LotError e -> Problem.invalid("lot-refused", "refused by the ledger: " + e);
      default ->
          new Problem(
              HttpStatus.BAD_GATEWAY,
              "ledger-refused",
              "Ledger refused",
              "the ledger refused the write (" + error.name() + "); nothing was changed");
    };
  }
}
