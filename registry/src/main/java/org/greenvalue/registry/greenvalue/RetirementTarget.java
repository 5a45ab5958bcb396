package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.util.UUID;

/** What one retirement retires: grams of a lot, or of an allocation. */
sealed interface RetirementTarget {
  UUID retirementId();

  BigInteger grams();

  record OfLot(UUID lotId, UUID retirementId, BigInteger grams) implements RetirementTarget {}

  record OfAllocation(UUID allocationId, UUID retirementId, BigInteger grams)
      implements RetirementTarget {}
}
