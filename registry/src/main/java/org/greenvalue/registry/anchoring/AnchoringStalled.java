package org.greenvalue.registry.anchoring;

/** A batch could not be settled now (ledger down, not mined yet, refused); the worker backs off. */
final class AnchoringStalled extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AnchoringStalled(String message) {
    super(message, null, false, false);
  }
}
