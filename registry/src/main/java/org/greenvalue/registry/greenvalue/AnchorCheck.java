package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The claim's digest is anchored: the receipt (given, or found by the {@link ReceiptSource}) is for
 * that digest, and verifies against the root's record on this registry's chain.
 */
@Service
class AnchorCheck {
  private final ReceiptSource source;
  private final Ledger ledger;
  private final ReceiptVerifier verifier = new ReceiptVerifier();

  AnchorCheck(ReceiptSource source, Ledger ledger) {
    this.source = source;
    this.ledger = ledger;
  }

  void requireAnchored(Sha256Digest digest, JsonNode given) {
    String json =
        given != null && !given.isNull()
            ? given.toString()
            : source
                .receiptFor(digest)
                .orElseThrow(
                    () ->
                        Problem.invalid(
                            "not-anchored",
                            "no anchor receipt was given or is known for " + digest));
    AnchorReceipt receipt =
        switch (AnchorReceiptJson.read(json)) {
          case ReceiptParse.Parsed p -> p.receipt();
          case ReceiptParse.Malformed m ->
              throw Problem.invalid("invalid-anchor-receipt", m.reason());
        };
    if (!receipt.digest().toString().equals(digest.toString())) {
      throw Problem.invalid(
          "not-anchored",
          "the anchor receipt is for "
              + receipt.digest()
              + ", not the reduction credential "
              + digest);
    }
    VerificationReport report;
    try {
      report = verifier.verify(receipt, ledger.anchors().recordOfRoot(receipt.root()));
    } catch (LedgerUnavailableException e) {
      throw new Problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "ledger-unavailable",
          "Ledger unavailable",
          "the ledger could not be reached to check the anchor receipt; nothing was changed");
    }
    if (!report.valid()) {
      throw new Problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "not-anchored",
          "Not anchored",
          "the anchor receipt does not verify against the chain: "
              + report.failures().stream().map(Check::name).toList(),
          Map.of(
              "failures",
              report.failures().stream()
                  .map(c -> Map.of("check", c.name(), "reason", String.valueOf(c.reason())))
                  .toList()));
    }
  }
}
