package org.greenvalue.verification.anchor;

import java.time.Instant;
import org.greenvalue.ledger.anchor.AnchorReceipt;

/** Finds the anchor receipt of a digest. */
public interface ReceiptSource {

  AnchorLookup lookup(String digest);

  String describe();

  /** What a source knows about a digest's anchoring. */
  sealed interface AnchorLookup {
    /** Anchored, with its receipt. */
    record Anchored(AnchorReceipt receipt) implements AnchorLookup {}

    /** Submitted, waiting for its batch. */
    record Pending(Instant submittedAt) implements AnchorLookup {}

    /** The source has never seen the digest. */
    record Unknown() implements AnchorLookup {}

    /** The source could not answer (unreachable, refused our token, error status): a gap. */
    record Unavailable(String reason) implements AnchorLookup {}

    /** The source answered with something that is not a valid state or receipt. */
    record Malformed(String reason) implements AnchorLookup {}
  }
}
