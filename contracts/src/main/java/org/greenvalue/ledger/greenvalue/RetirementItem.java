package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import org.greenvalue.ledger.Bytes32;

/** Grams to retire once per {@code retirementId}: of a lot, or of an allocation. */
public sealed interface RetirementItem {
  Bytes32 retirementId();

  BigInteger grams();

  record OfLot(Bytes32 lotId, Bytes32 retirementId, BigInteger grams) implements RetirementItem {}

  record OfAllocation(Bytes32 allocationId, Bytes32 retirementId, BigInteger grams)
      implements RetirementItem {}
}
