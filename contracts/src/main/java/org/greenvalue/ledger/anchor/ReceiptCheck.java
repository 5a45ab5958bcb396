package org.greenvalue.ledger.anchor;

/** The outcome of one named check of a receipt. */
public sealed interface ReceiptCheck {

  /** The check's name, e.g. {@code proof-recomputes-root}. */
  String name();

  record Passed(String name) implements ReceiptCheck {}

  record Failed(String name, String reason) implements ReceiptCheck {}
}
