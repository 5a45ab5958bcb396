package org.greenvalue.ledger.anchor;

/** What reading a receipt's JSON gives: the receipt, or why the text is not one. */
public sealed interface ReceiptParse {

  record Parsed(AnchorReceipt receipt) implements ReceiptParse {}

  record Malformed(String reason) implements ReceiptParse {}
}
