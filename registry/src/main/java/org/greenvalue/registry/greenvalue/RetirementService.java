package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.greenvalue.RetirementItem;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.greenvalue.AllocationRepository.AllocationRow;
import org.greenvalue.registry.greenvalue.RetirementRepository.StoredRetirement;
import org.greenvalue.registry.trust.LedgerEvidence;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retirements of lots and allocations, one or many at once, all or nothing: every lot and
 * allocation named is locked (in id order, so two bulk retirements cannot deadlock) and its balance
 * checked for the sum of its items, the one chain write ({@code retire}, {@code retireAllocation}
 * or {@code retireMany}) awaited, then each retirement is recorded with its signed certificate, lot
 * event and audit entry. Retiring an allocation leaves its lot's totals as they are: its grams stay
 * counted in {@code allocated}.
 */
@Service
class RetirementService {
  private final LotRepository lots;
  private final AllocationRepository allocations;
  private final RetirementRepository retirements;
  private final Ledger ledger;
  private final LotLedger outcomes;
  private final RetirementCertificates certificates;
  private final AuditLog audit;
  private final Clock clock;

  RetirementService(
      LotRepository lots,
      AllocationRepository allocations,
      RetirementRepository retirements,
      Ledger ledger,
      LotLedger outcomes,
      RetirementCertificates certificates,
      AuditLog audit,
      Clock clock) {
    this.lots = lots;
    this.allocations = allocations;
    this.retirements = retirements;
    this.ledger = ledger;
    this.outcomes = outcomes;
    this.certificates = certificates;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<StoredRetirement> retire(
      List<RetirementTarget> targets, RetirementTerms terms, String clientId) {
    var onChainTerms = terms.onChain();
    Map<UUID, LotRow> lotRows = lockLots(targets);
    Map<UUID, AllocationRow> allocationRows = lockAllocations(targets);
    List<RetirementItem> items = targets.stream().map(RetirementService::item).toList();
    LedgerEvidence evidence =
        outcomes.confirmed(
            "retire:" + targets.get(0).retirementId(),
            () ->
                items.size() == 1
                    ? ledger.lots().retire(items.get(0), onChainTerms)
                    : ledger.lots().retireMany(items, onChainTerms));
    List<StoredRetirement> stored = new ArrayList<>();
    for (RetirementTarget target : targets) {
      stored.add(
          switch (target) {
            case RetirementTarget.OfLot l ->
                record(target, lotRows.get(l.lotId()), null, terms, clientId, evidence);
            case RetirementTarget.OfAllocation a -> {
              AllocationRow allocation = allocationRows.get(a.allocationId());
              yield record(
                  target,
                  lots.find(allocation.lotId()).orElseThrow(),
                  allocation,
                  terms,
                  clientId,
                  evidence);
            }
          });
    }
    return stored;
  }

  private StoredRetirement record(
      RetirementTarget target,
      LotRow lot,
      AllocationRow allocation,
      RetirementTerms terms,
      String clientId,
      LedgerEvidence evidence) {
    UUID id = target.retirementId();
    BigInteger grams = target.grams();
    UUID allocationId = allocation == null ? null : allocation.id();
    String retiredBy = allocation == null ? lot.owner() : allocation.owner();
    List<UUID> path = allocation == null ? List.of() : lots.pathToRoot(lot.id());
    String certificate =
        certificates.sign(
            id,
            lot.id(),
            allocationId,
            path,
            grams,
            terms,
            evidence.blockTime(),
            lot.credentialDigest(),
            retiredBy);
    StoredRetirement retirement =
        new StoredRetirement(
            id,
            ChainIds.retirement(id).toHex(),
            lot.id(),
            allocationId,
            terms.reason().name(),
            terms.claimPeriod(),
            grams,
            terms.beneficiary(),
            terms.purpose(),
            certificate,
            clientId,
            retiredBy,
            evidence);
    if (allocation == null) {
      lots.add(lot.id(), LotEvent.Kind.RETIRED, grams);
    } else {
      allocations.addRetired(allocationId, grams);
    }
    String urn = "urn:uuid:" + id;
    lots.insert(
        new LotEvent(
            lot.id(), LotEvent.Kind.RETIRED, grams, urn, clientId, clock.instant(), evidence));
    retirements.insert(retirement);
    Map<String, String> detail = new LinkedHashMap<>();
    detail.put("retirement", urn);
    detail.put("beneficiary", terms.beneficiary());
    detail.put("reason", terms.reason().name());
    if (terms.purpose() != null) {
      detail.put("purpose", terms.purpose());
    }
    detail.put("retiredBy", retiredBy);
    detail.put("quantity", Tonnes.text(grams));
    if (allocationId != null) {
      detail.put("allocation", "urn:uuid:" + allocationId);
    }
    audit.record(
        clientId,
        allocation == null ? "lot.retire" : "allocation.retire",
        allocation == null ? "urn:uuid:" + lot.id() : "urn:uuid:" + allocationId,
        detail,
        evidence.txHash(),
        evidence.blockNumber());
    return retirement;
  }

  private Map<UUID, LotRow> lockLots(List<RetirementTarget> targets) {
    Map<UUID, BigInteger> wanted = new TreeMap<>();
    for (RetirementTarget t : targets) {
      if (t instanceof RetirementTarget.OfLot l) {
        wanted.merge(l.lotId(), l.grams(), BigInteger::add);
      }
    }
    Map<UUID, LotRow> rows = new HashMap<>();
    wanted.forEach(
        (id, grams) -> {
          LotRow lot =
              lots.lock(id).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + id));
          Balances.require(lot.available(), grams, "lot " + id);
          rows.put(id, lot);
        });
    return rows;
  }

  private Map<UUID, AllocationRow> lockAllocations(List<RetirementTarget> targets) {
    Map<UUID, BigInteger> wanted = new TreeMap<>();
    for (RetirementTarget t : targets) {
      if (t instanceof RetirementTarget.OfAllocation a) {
        wanted.merge(a.allocationId(), a.grams(), BigInteger::add);
      }
    }
    Map<UUID, AllocationRow> rows = new HashMap<>();
    wanted.forEach(
        (id, grams) -> {
          AllocationRow allocation =
              allocations
                  .lock(id)
                  .orElseThrow(() -> Problem.notFound("unknown-allocation", "no allocation " + id));
          Balances.require(allocation.unretired(), grams, "allocation " + id);
          rows.put(id, allocation);
        });
    return rows;
  }

  private static RetirementItem item(RetirementTarget target) {
    return switch (target) {
      case RetirementTarget.OfLot l ->
          new RetirementItem.OfLot(
              ChainIds.lot(l.lotId()), ChainIds.retirement(l.retirementId()), l.grams());
      case RetirementTarget.OfAllocation a ->
          new RetirementItem.OfAllocation(
              ChainIds.allocation(a.allocationId()),
              ChainIds.retirement(a.retirementId()),
              a.grams());
    };
  }
}
