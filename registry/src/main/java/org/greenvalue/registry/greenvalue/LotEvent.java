package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * One confirmed operation on a lot.
 *
 * @param counterparty the transfer id (transfers), allocation id (allocations and claims) or
 *     retirement id (retirements), each as {@code urn:uuid:}; null for a mint
 */
record LotEvent(
    UUID lotId,
    Kind kind,
    BigInteger grams,
    String counterparty,
    String clientId,
    Instant at,
    LedgerEvidence ledger) {

  enum Kind {
    MINTED,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    ALLOCATED,
    CLAIMED,
    RETIRED
  }
}
