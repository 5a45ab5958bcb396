package org.greenvalue.registry.greenvalue;

import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;
import org.greenvalue.registry.anchoring.AnchorReceipts;
import org.greenvalue.verification.anchor.ReceiptSource;

/**
 * The verification engine's receipt source for a mint request that brings no receipt: the
 * registry's own anchoring ({@code POST /anchors}), read from its database.
 */
final class OwnAnchorReceipts implements ReceiptSource {
  private final AnchorReceipts receipts;

  OwnAnchorReceipts(AnchorReceipts receipts) {
    this.receipts = receipts;
  }

  @Override
  public AnchorLookup lookup(String digest) {
    var parsed = Sha256Digest.parse(digest);
    if (!parsed.succeeded()) {
      return new AnchorLookup.Unavailable("not a digest: " + parsed.reason());
    }
    return receipts
        .receiptOf(parsed.value())
        .<AnchorLookup>map(
            json ->
                switch (AnchorReceiptJson.read(json)) {
                  case ReceiptParse.Parsed p -> new AnchorLookup.Anchored(p.receipt());
                  case ReceiptParse.Malformed m ->
                      new AnchorLookup.Unavailable(
                          "the stored receipt is unreadable: " + m.reason());
                })
        .orElseGet(AnchorLookup.Unknown::new);
  }

  @Override
  public String describe() {
    return "this registry's anchoring";
  }
}
