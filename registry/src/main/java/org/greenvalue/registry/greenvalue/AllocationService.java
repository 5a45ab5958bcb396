package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.greenvalue.AllocationRepository.AllocationRow;
import org.greenvalue.registry.greenvalue.AllocationRepository.StoredClaim;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocations and claims on them, with the discipline of {@link LotService}: the lot (or the
 * allocation) row locked and its balance checked, the chain write awaited, then rows, lot event and
 * audit in the same transaction; a refusal or an unreachable node changes nothing.
 */
@Service
class AllocationService {
  private final LotRepository lots;
  private final AllocationRepository allocations;
  private final Ledger ledger;
  private final LotLedger outcomes;
  private final AuditLog audit;
  private final UpstreamStatus upstream;
  private final Clock clock;

  AllocationService(
      LotRepository lots,
      AllocationRepository allocations,
      Ledger ledger,
      LotLedger outcomes,
      AuditLog audit,
      UpstreamStatus upstream,
      Clock clock) {
    this.lots = lots;
    this.upstream = upstream;
    this.allocations = allocations;
    this.ledger = ledger;
    this.outcomes = outcomes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Allocates part of a lot to a product batch of a site for a period.
   *
   * @param owner the organisation that owns the lot
   */
  @Transactional
  public AllocationRow allocate(
      UUID lotId,
      UUID allocationId,
      String owner,
      AllocateRequest request,
      BigInteger grams,
      String clientId) {
    Period period = request.period().requireValid("period");
    LotRow lot =
        lots.lock(lotId).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + lotId));
    Balances.require(lot.available(), grams, "lot " + lotId);
    LedgerEvidence evidence =
        outcomes.confirmed(
            "allocate:" + allocationId,
            () ->
                ledger
                    .lots()
                    .allocate(
                        new org.greenvalue.ledger.greenvalue.AllocateRequest(
                            ChainIds.lot(lotId),
                            ChainIds.allocation(allocationId),
                            ChainIds.productBatch(request.productBatchId()),
                            ChainIds.site(request.siteId()),
                            period,
                            grams)));
    AllocationRow allocation =
        new AllocationRow(
            allocationId,
            ChainIds.allocation(allocationId).toHex(),
            lotId,
            owner,
            request.productBatchId(),
            request.siteId(),
            period.start(),
            period.end(),
            grams,
            BigInteger.ZERO,
            BigInteger.ZERO,
            clientId,
            evidence);
    lots.add(lotId, LotEvent.Kind.ALLOCATED, grams);
    allocations.insert(allocation);
    String urn = "urn:uuid:" + allocationId;
    lots.insert(
        new LotEvent(
            lotId, LotEvent.Kind.ALLOCATED, grams, urn, clientId, clock.instant(), evidence));
    audit.record(
        clientId,
        "lot.allocate",
        "urn:uuid:" + lotId,
        Map.of(
            "allocation", urn,
            "productBatchId", request.productBatchId(),
            "siteId", request.siteId(),
            "quantity", Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return allocation;
  }

  /** Whether a claim was recorded now or had been before with the same quantity. */
  enum ClaimOutcome {
    RECORDED,
    ALREADY_RECORDED
  }

  /**
   * Records that the credential relies on {@code grams} of the allocation. The same claim again is
   * {@link ClaimOutcome#ALREADY_RECORDED}; the same credential with another quantity is a 409, and
   * so is a new claim on value whose minted credential is revoked or suspended ({@link
   * UpstreamStatus}).
   */
  @Transactional
  public ClaimOutcome claim(
      UUID allocationId, String credentialId, BigInteger grams, String clientId) {
    AllocationRow allocation =
        allocations
            .lock(allocationId)
            .orElseThrow(
                () -> Problem.notFound("unknown-allocation", "no allocation " + allocationId));
    var earlier = allocations.claim(allocationId, credentialId);
    if (earlier.isPresent()) {
      if (earlier.get().grams().equals(grams)) {
        return ClaimOutcome.ALREADY_RECORDED;
      }
      throw Problem.conflict(
          "claim-conflict",
          credentialId
              + " already claimed "
              + Tonnes.text(earlier.get().grams())
              + " t of allocation "
              + allocationId
              + "; a claim is made once");
    }
    upstream.requireInForce(allocation.lotId());
    Balances.require(allocation.unclaimed(), grams, "allocation " + allocationId);
    LedgerEvidence evidence =
        outcomes.confirmed(
            "claim:" + allocationId + ":" + ChainIds.claim(credentialId).toHex(),
            () ->
                ledger
                    .lots()
                    .claim(ChainIds.allocation(allocationId), ChainIds.claim(credentialId), grams));
    allocations.addClaimed(allocationId, grams);
    allocations.insert(
        new StoredClaim(allocationId, credentialId, grams, clientId, clock.instant(), evidence));
    String urn = "urn:uuid:" + allocationId;
    lots.insert(
        new LotEvent(
            allocation.lotId(),
            LotEvent.Kind.CLAIMED,
            grams,
            urn,
            clientId,
            clock.instant(),
            evidence));
    audit.record(
        clientId,
        "allocation.claim",
        urn,
        Map.of("credentialId", credentialId, "quantity", Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return ClaimOutcome.RECORDED;
  }
}
