package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.greenvalue.ledger.Bytes32;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.greenvalue.Lot;
import org.greenvalue.registry.greenvalue.RetirementRepository.StoredRetirement;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * Lots and retirements as the API shows them, with the contract's figures beside the database's.
 */
@Service
class LotQueries {
  private final LotRepository lots;
  private final RetirementRepository retirements;
  private final Ledger ledger;
  private final ObjectMapper json;

  LotQueries(
      LotRepository lots, RetirementRepository retirements, Ledger ledger, ObjectMapper json) {
    this.lots = lots;
    this.retirements = retirements;
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
          Tonnes.text(r.grams()),
          r.beneficiary(),
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
