package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** A lot as stored, in grams. */
record LotRow(
    UUID id,
    UUID parentId,
    String chainLotId,
    String owner,
    String credentialDigest,
    String credentialId,
    String projectId,
    String facilityId,
    Instant periodStart,
    Instant periodEnd,
    BigInteger quantity,
    BigInteger allocated,
    BigInteger retired,
    BigInteger transferred,
    Instant createdAt) {

  BigInteger available() {
    return quantity.subtract(allocated).subtract(retired).subtract(transferred);
  }
}
