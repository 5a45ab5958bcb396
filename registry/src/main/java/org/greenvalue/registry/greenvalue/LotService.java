package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.greenvalue.MintRequest;
import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.greenvalue.RetirementRepository.StoredRetirement;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lot writes, to PostgreSQL and {@code GreenValueLedger} together: inside one database transaction
 * the lot row is locked and its balance checked, the write sent to the contract and its receipt
 * awaited, and only a confirmed write is recorded (totals, event, audit). A refusal, an unreachable
 * node or a write not confirmed in time rolls everything back.
 */
@Service
class LotService {
  private final LotRepository lots;
  private final RetirementRepository retirements;
  private final Ledger ledger;
  private final LotLedger outcomes;
  private final RetirementCertificates certificates;
  private final AuditLog audit;
  private final Clock clock;

  LotService(
      LotRepository lots,
      RetirementRepository retirements,
      Ledger ledger,
      LotLedger outcomes,
      RetirementCertificates certificates,
      AuditLog audit,
      Clock clock) {
    this.lots = lots;
    this.retirements = retirements;
    this.ledger = ledger;
    this.outcomes = outcomes;
    this.certificates = certificates;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public LotRow mint(UUID lotId, VerifiedClaim claim, String owner, String clientId) {
    String digest = claim.digest().toString();
    lots.mintedFrom(digest)
        .ifPresent(
            existing -> {
              throw Problem.conflict(
                  "credential-already-minted",
                  "lot " + existing + " was already minted from " + digest);
            });
    EmissionReduction reduction = claim.reduction();
    Instant start = reduction.monitoringPeriod().start();
    Instant end = reduction.monitoringPeriod().end();
    LedgerEvidence evidence =
        outcomes.confirmed(
            ledger
                .lots()
                .mint(
                    new MintRequest(
                        ChainIds.lot(lotId),
                        new Bytes32(claim.digest().bytes()),
                        ChainIds.project(reduction.projectId(), reduction.facilityId()),
                        new Period(start, end),
                        claim.grams(),
                        ChainIds.owner(owner))));
    LotRow lot =
        new LotRow(
            lotId,
            null,
            ChainIds.lot(lotId).toHex(),
            owner,
            digest,
            claim.credentialId(),
            reduction.projectId(),
            reduction.facilityId(),
            start,
            end,
            claim.grams(),
            BigInteger.ZERO,
            BigInteger.ZERO,
            BigInteger.ZERO,
            clock.instant());
    lots.insert(lot);
    lots.insert(event(lotId, LotEvent.Kind.MINTED, claim.grams(), null, clientId, evidence));
    audit.record(
        clientId,
        "lot.mint",
        "urn:uuid:" + lotId,
        Map.of("credential", digest, "owner", owner, "quantity", Tonnes.text(claim.grams())),
        evidence.txHash(),
        evidence.blockNumber());
    return lot;
  }

  @Transactional
  public LotRow transfer(UUID lotId, UUID childId, String to, BigInteger grams, String clientId) {
    LotRow parent = lockAvailable(lotId, grams);
    LedgerEvidence evidence =
        outcomes.confirmed(
            ledger
                .lots()
                .transfer(ChainIds.lot(lotId), ChainIds.lot(childId), ChainIds.owner(to), grams));
    LotRow child =
        new LotRow(
            childId,
            lotId,
            ChainIds.lot(childId).toHex(),
            to,
            parent.credentialDigest(),
            parent.credentialId(),
            parent.projectId(),
            parent.facilityId(),
            parent.periodStart(),
            parent.periodEnd(),
            grams,
            BigInteger.ZERO,
            BigInteger.ZERO,
            BigInteger.ZERO,
            clock.instant());
    lots.insert(child);
    lots.add(lotId, LotEvent.Kind.TRANSFERRED_OUT, grams);
    String childUrn = "urn:uuid:" + childId;
    lots.insert(event(lotId, LotEvent.Kind.TRANSFERRED_OUT, grams, childUrn, clientId, evidence));
    lots.insert(
        event(
            childId, LotEvent.Kind.TRANSFERRED_IN, grams, "urn:uuid:" + lotId, clientId, evidence));
    audit.record(
        clientId,
        "lot.transfer",
        "urn:uuid:" + lotId,
        Map.of("to", to, "childLot", childUrn, "quantity", Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return child;
  }

  @Transactional
  public AllocationView allocate(
      UUID lotId, String productBatchId, BigInteger grams, String clientId) {
    lockAvailable(lotId, grams);
    LedgerEvidence evidence =
        outcomes.confirmed(
            ledger
                .lots()
                .allocate(
                    new org.greenvalue.ledger.greenvalue.AllocateRequest(
                        ChainIds.lot(lotId),
                        Bytes32.keccakOf("urn:uuid:" + UUID.randomUUID()),
                        ChainIds.productBatch(productBatchId),
                        ChainIds.productBatch(productBatchId),
                        new Period(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)),
                        grams)));
    lots.add(lotId, LotEvent.Kind.ALLOCATED, grams);
    lots.insert(event(lotId, LotEvent.Kind.ALLOCATED, grams, productBatchId, clientId, evidence));
    audit.record(
        clientId,
        "lot.allocate",
        "urn:uuid:" + lotId,
        Map.of("productBatchId", productBatchId, "quantity", Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return new AllocationView(
        lotId,
        productBatchId,
        Tonnes.text(grams),
        Tonnes.text(lots.allocatedTo(lotId, productBatchId)),
        evidence);
  }

  @Transactional
  public StoredRetirement retire(
      UUID lotId, UUID retirementId, RetireRequest request, BigInteger grams, String clientId) {
    LotRow lot = lockAvailable(lotId, grams);
    LedgerEvidence evidence =
        outcomes.confirmed(
            ledger
                .lots()
                .retire(
                    new org.greenvalue.ledger.greenvalue.RetirementItem.OfLot(
                        ChainIds.lot(lotId), ChainIds.retirement(retirementId), grams),
                    new org.greenvalue.ledger.greenvalue.RetirementTerms(
                        request.beneficiary(),
                        request.purpose(),
                        org.greenvalue.ledger.greenvalue.RetirementReason.OFFSET,
                        new Period(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)))));
    String certificate =
        certificates.sign(
            retirementId,
            lotId,
            grams,
            request.beneficiary(),
            request.purpose(),
            evidence.blockTime(),
            lot.credentialDigest(),
            lot.owner());
    StoredRetirement retirement =
        new StoredRetirement(
            retirementId,
            ChainIds.retirement(retirementId).toHex(),
            lotId,
            grams,
            request.beneficiary(),
            request.purpose(),
            certificate,
            clientId,
            lot.owner(),
            evidence);
    lots.add(lotId, LotEvent.Kind.RETIRED, grams);
    String urn = "urn:uuid:" + retirementId;
    lots.insert(event(lotId, LotEvent.Kind.RETIRED, grams, urn, clientId, evidence));
    retirements.insert(retirement);
    audit.record(
        clientId,
        "lot.retire",
        "urn:uuid:" + lotId,
        Map.of(
            "retirement", urn,
            "beneficiary", request.beneficiary(),
            "purpose", request.purpose(),
            "retiredBy", lot.owner(),
            "quantity", Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return retirement;
  }

  private LotRow lockAvailable(UUID lotId, BigInteger grams) {
    LotRow lot =
        lots.lock(lotId).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + lotId));
    if (lot.available().compareTo(grams) < 0) {
      throw new Problem(
          HttpStatus.CONFLICT,
          "insufficient-quantity",
          "Conflict",
          "lot "
              + lotId
              + " has "
              + Tonnes.text(lot.available())
              + " t available, "
              + Tonnes.text(grams)
              + " t requested",
          Map.of("available", Tonnes.text(lot.available())));
    }
    return lot;
  }

  private LotEvent event(
      UUID lotId,
      LotEvent.Kind kind,
      BigInteger grams,
      String counterparty,
      String clientId,
      LedgerEvidence evidence) {
    return new LotEvent(lotId, kind, grams, counterparty, clientId, clock.instant(), evidence);
  }
}
