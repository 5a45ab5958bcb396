package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.greenvalue.AllocationRepository.AllocationRow;
import org.greenvalue.registry.greenvalue.RetirementRepository.StoredRetirement;
import org.greenvalue.registry.greenvalue.TransferRepository.StoredTransfer;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * Lots, transfers, allocations, retirements and custody chains as the API shows them, with the
 * contract's figures for each lot beside the database's.
 */
@Service
class LotQueries {
  private final LotRepository lots;
  private final RetirementRepository retirements;
  private final TransferRepository transfers;
  private final AllocationRepository allocations;
  private final Ledger ledger;
  private final ObjectMapper json;

  LotQueries(
      LotRepository lots,
      RetirementRepository retirements,
      TransferRepository transfers,
      AllocationRepository allocations,
      Ledger ledger,
      ObjectMapper json) {
    this.lots = lots;
    this.retirements = retirements;
    this.transfers = transfers;
    this.allocations = allocations;
    this.ledger = ledger;
    this.json = json;
  }

  LotView lot(UUID id) {
    return view(lots.find(id).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + id)));
  }

  LotView view(LotRow lot) {
    return new LotView(
        lot.id(),
        lot.parentId(),
        lot.owner(),
        lot.credentialDigest(),
        lot.credentialId(),
        lot.projectId(),
        lot.facilityId(),
        lot.periodStart(),
        lot.periodEnd(),
        Tonnes.text(lot.quantity()),
        Tonnes.text(lot.available()),
        Tonnes.text(lot.allocated()),
        Tonnes.text(lot.retired()),
        Tonnes.text(lot.transferred()),
        lot.chainLotId(),
        onChain(lot.chainLotId()),
        lots.events(lot.id()).stream()
            .map(
                e ->
                    new LotView.HistoryEntry(
                        e.kind().name(),
                        Tonnes.text(e.grams()),
                        e.counterparty(),
                        e.clientId(),
                        e.at(),
                        e.ledger()))
            .toList());
  }

  RetirementView retirement(UUID id) {
    return view(
        retirements
            .find(id)
            .orElseThrow(() -> Problem.notFound("unknown-retirement", "no retirement " + id)));
  }

  RetirementView view(StoredRetirement r) {
    try {
      return new RetirementView(
          r.id(),
          r.lotId(),
          r.allocationId(),
          Tonnes.text(r.grams()),
          r.reason(),
          r.beneficiary(),
          r.claimPeriod(),
          r.purpose(),
          r.retiredBy(),
          r.ledger().blockTime(),
          r.chainRetirementId(),
          r.ledger(),
          json.readTree(r.certificate()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored certificate is not JSON", e);
    }
  }

  TransferView transfer(UUID id) {
    return view(
        transfers
            .find(id)
            .orElseThrow(() -> Problem.notFound("unknown-transfer", "no transfer " + id)));
  }

  TransferView view(StoredTransfer t) {
    return new TransferView(
        t.id(),
        t.lotId(),
        t.childLotId(),
        t.from(),
        t.to(),
        Tonnes.text(t.grams()),
        t.deliveryReference(),
        t.ledger().blockTime(),
        json(t.record()),
        t.ledger());
  }

  AllocationView allocation(UUID id) {
    return view(
        allocations
            .find(id)
            .orElseThrow(() -> Problem.notFound("unknown-allocation", "no allocation " + id)));
  }

  AllocationView view(AllocationRow a) {
    return new AllocationView(
        a.id(),
        a.lotId(),
        a.owner(),
        a.productBatchId(),
        a.siteId(),
        new TimeSpan(a.periodStart(), a.periodEnd()),
        Tonnes.text(a.grams()),
        Tonnes.text(a.claimed()),
        Tonnes.text(a.retired()),
        Tonnes.text(a.unclaimed()),
        allocations.claims(a.id()).stream()
            .map(
                c ->
                    new AllocationView.Claim(
                        c.credentialId(), Tonnes.text(c.grams()), c.at(), c.ledger()))
            .toList(),
        a.ledger());
  }

  /** The allocation and every lot from its own to the minted root, with how each came to be. */
  CustodyChainView chain(UUID allocationId) {
    AllocationView allocation = allocation(allocationId);
    List<CustodyChainView.Hop> hops = new ArrayList<>();
    for (UUID lotId : lots.pathToRoot(allocation.lotId())) {
      LotRow lot = lots.find(lotId).orElseThrow();
      TransferView transfer = transfers.creating(lotId).map(this::view).orElse(null);
      CustodyChainView.Minted minted = null;
      if (lot.parentId() == null) {
        List<String> credentials = lots.mintedCredentials(lotId);
        minted =
            new CustodyChainView.Minted(
                lot.credentialDigest(), secured(credentials.get(0)), secured(credentials.get(1)));
      }
      hops.add(new CustodyChainView.Hop(view(lot), transfer, minted));
    }
    return new CustodyChainView(allocation, hops);
  }

  /** A credential as submitted: a JSON object, or a compact JWS as a JSON string. */
  private JsonNode secured(String stored) {
    if (stored == null) {
      return null;
    }
    return stored.startsWith("{") ? json(stored) : TextNode.valueOf(stored);
  }

  private JsonNode json(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored credential is not JSON", e);
    }
  }

  private LotView.OnChain onChain(String chainLotId) {
    try {
      return ledger.lots().lot(Bytes32.fromHex(chainLotId)).map(LotQueries::figures).orElse(null);
    } catch (LedgerUnavailableException e) {
      return null;
    }
  }

  private static LotView.OnChain figures(Lot lot) {
    return new LotView.OnChain(
        Tonnes.text(lot.quantity()),
        Tonnes.text(lot.available()),
        Tonnes.text(lot.allocated()),
        Tonnes.text(lot.retired()),
        Tonnes.text(lot.transferred()));
  }
}
