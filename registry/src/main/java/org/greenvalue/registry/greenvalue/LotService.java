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
import org.greenvalue.registry.greenvalue.TransferRepository.StoredTransfer;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints and transfers, to PostgreSQL and {@code GreenValueLedger} together: inside one database
 * transaction the lot row is locked and its balance checked, the write sent to the contract and its
 * receipt awaited, and only a confirmed write is recorded (totals, event, audit). A refusal, an
 * unreachable node or a write not confirmed in time rolls everything back; a retry of a write not
 * confirmed in time records its transaction once mined ({@link LotLedger}).
 */
@Service
class LotService {
  private final LotRepository lots;
  private final TransferRepository transfers;
  private final Ledger ledger;
  private final LotLedger outcomes;
  private final TransferRecords records;
  private final AuditLog audit;
  private final Clock clock;

  LotService(
      LotRepository lots,
      TransferRepository transfers,
      Ledger ledger,
      LotLedger outcomes,
      TransferRecords records,
      AuditLog audit,
      Clock clock) {
    this.lots = lots;
    this.transfers = transfers;
    this.ledger = ledger;
    this.outcomes = outcomes;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public LotRow mint(
      UUID lotId,
      VerifiedClaim claim,
      MintedCredentials credentials,
      String owner,
      String clientId) {
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
            "mint:" + lotId,
            () ->
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
    lots.keepMintedCredentials(lotId, credentials.reduction(), credentials.assurance());
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

  /**
   * Moves part of a lot into a new child lot owned by {@code to}, and records the transfer with the
   * transfer record the registry signs for it.
   *
   * @param from the organisation that owns the lot
   */
  @Transactional
  public StoredTransfer transfer(
      UUID lotId,
      UUID transferId,
      UUID childId,
      String from,
      TransferRequest request,
      BigInteger grams,
      String clientId) {
    LotRow parent = lockAvailable(lotId, grams);
    String to = request.to();
    LedgerEvidence evidence =
        outcomes.confirmed(
            "transfer:" + childId,
            () ->
                ledger
                    .lots()
                    .transfer(
                        ChainIds.lot(lotId), ChainIds.lot(childId), ChainIds.owner(to), grams));
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
    String record =
        records.sign(
            transferId,
            lotId,
            childId,
            from,
            to,
            grams,
            request.deliveryReference(),
            parent.credentialDigest(),
            evidence.blockTime());
    StoredTransfer transfer =
        new StoredTransfer(
            transferId,
            lotId,
            childId,
            from,
            to,
            grams,
            request.deliveryReference(),
            record,
            clientId,
            evidence);
    transfers.insert(transfer);
    String urn = "urn:uuid:" + transferId;
    lots.insert(event(lotId, LotEvent.Kind.TRANSFERRED_OUT, grams, urn, clientId, evidence));
    lots.insert(event(childId, LotEvent.Kind.TRANSFERRED_IN, grams, urn, clientId, evidence));
    audit.record(
        clientId,
        "lot.transfer",
        "urn:uuid:" + lotId,
        Map.of(
            "transfer",
            urn,
            "to",
            to,
            "childLot",
            "urn:uuid:" + childId,
            "deliveryReference",
            request.deliveryReference(),
            "quantity",
            Tonnes.text(grams)),
        evidence.txHash(),
        evidence.blockNumber());
    return transfer;
  }

  private LotRow lockAvailable(UUID lotId, BigInteger grams) {
    LotRow lot =
        lots.lock(lotId).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + lotId));
    Balances.require(lot.available(), grams, "lot " + lotId);
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
