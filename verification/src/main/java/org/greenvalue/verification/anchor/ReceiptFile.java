package org.greenvalue.verification.anchor;

import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;

/**
 * Offline: one receipt JSON (as written by {@code AnchorReceiptJson}), from a file or a request.
 */
public final class ReceiptFile implements ReceiptSource {

  private final String json;

  public ReceiptFile(String json) {
    this.json = json;
  }

  @Override
  public AnchorLookup lookup(String digest) {
    return switch (AnchorReceiptJson.read(json)) {
      case ReceiptParse.Parsed parsed -> new AnchorLookup.Anchored(parsed.receipt());
      case ReceiptParse.Malformed malformed -> new AnchorLookup.Malformed(malformed.reason());
    };
  }

  @Override
  public String describe() {
    return "the given receipt";
  }
}
