package org.greenvalue.registry.greenvalue;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenvalue.ledger.ContractError;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.greenvalue.LotError;
import org.greenvalue.registry.system.ledger.ChainTransactions;
import org.greenvalue.registry.system.ledger.ChainTransactions.TxState;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a lot write's outcome on {@code GreenValueLedger} means: a confirmed write becomes its
 * evidence; a refusal, an unreachable node or a transaction not confirmed in time becomes a
 * problem, which rolls the database transaction back. A transaction not confirmed in time is kept
 * ({@link PendingLotWrites}); a retry of the same write finds it and, once mined, records it as the
 * first attempt would have, instead of sending again and being refused (the lot exists on chain).
 */
@Component
class LotLedger {
  private final Ledger ledger;
  private final ChainTransactions chain;
  private final PendingLotWrites pending;

  LotLedger(Ledger ledger, ChainTransactions chain, PendingLotWrites pending) {
    this.ledger = ledger;
    this.chain = chain;
    this.pending = pending;
  }

  /**
   * Sends the write unless an earlier attempt of it (same {@code writeId}) was mined meanwhile, and
   * returns the evidence of whichever transaction wrote it.
   *
   * @param writeId the operation and the ids derived from the request's Idempotency-Key
   */
  LedgerEvidence confirmed(String writeId, Supplier<LedgerResult> send) {
    Optional<String> earlier = pending.latest(writeId);
    if (earlier.isPresent()) {
      Optional<LedgerEvidence> mined = mined(earlier.get());
      if (mined.isPresent()) {
        return mined.get();
      }
    }
    LedgerResult result = send.get();
    if (result instanceof LedgerResult.Unconfirmed u) {
      pending.record(writeId, u.txHash());
    }
    return confirmed(result);
  }

  /** The evidence of an earlier transaction that succeeded; empty when it is lost or reverted. */
  private Optional<LedgerEvidence> mined(String txHash) {
    TxState state;
    try {
      state = chain.find(txHash);
    } catch (IOException e) {
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
    return switch (state) {
      case TxState.Mined m ->
          m.succeeded()
              ? Optional.of(
                  new LedgerEvidence(
                      ledger.chainId(),
                      ledger.lots().address(),
                      txHash,
                      m.blockNumber(),
                      m.blockTime()))
              : Optional.empty();
      case TxState.Unknown u -> Optional.empty();
      case TxState.Waiting w -> throw unconfirmed(txHash);
    };
  }

  LedgerEvidence confirmed(LedgerResult result) {
    return switch (result) {
      case LedgerResult.Confirmed c -> evidence(c.receipt());
      case LedgerResult.Rejected r -> throw refused(r.error());
      case LedgerResult.Unavailable u -> throw unavailable();
      case LedgerResult.Unconfirmed u -> throw unconfirmed(u.txHash());
    };
  }

  private static Problem unavailable() {
    return new Problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "ledger-unavailable",
        "Ledger unavailable",
        "the ledger could not be reached; nothing was changed, retry with the same"
            + " Idempotency-Key");
  }

  private static Problem unconfirmed(String txHash) {
    return new Problem(
        HttpStatus.GATEWAY_TIMEOUT,
        "ledger-unconfirmed",
        "Ledger write not confirmed",
        "transaction "
            + txHash
            + " was not confirmed in time; nothing was recorded yet, retry with the same"
            + " Idempotency-Key: once it is mined the retry records it",
        Map.of("txHash", txHash));
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
