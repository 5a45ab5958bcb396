package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;

/**
 * A lot as {@code GreenValueLedger} holds it. A lot created by a transfer has a parent and the
 * parent's credential, project and period. Quantities are grams CO2e.
 */
public record Lot(
    Bytes32 lotId,
    Bytes32 credentialDigest,
    Bytes32 projectId,
    Optional<Bytes32> parentLotId,
    Bytes32 owner,
    Period period,
    BigInteger quantity,
    BigInteger allocated,
    BigInteger retired,
    BigInteger transferred) {

  /** What is left to transfer, allocate or retire. */
  public BigInteger available() {
    return quantity.subtract(allocated).subtract(retired).subtract(transferred);
  }
}
