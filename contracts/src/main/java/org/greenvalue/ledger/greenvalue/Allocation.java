package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import org.greenvalue.ledger.Bytes32;

/**
 * An allocation as {@code GreenValueLedger} holds it: claims by downstream credentials and
 * retirements each stay within its quantity. Grams CO2e.
 */
public record Allocation(
    Bytes32 allocationId,
    Bytes32 lotId,
    Bytes32 productBatchId,
    BigInteger quantity,
    BigInteger claimed,
    BigInteger retired) {

  public BigInteger unclaimed() {
    return quantity.subtract(claimed);
  }
}
