package org.greenvalue.verification.lots;

import java.math.BigDecimal;
import java.util.UUID;
import org.greenvalue.ledger.Bytes32;

/**
 * An allocation as {@code GreenValueLedger} holds it, with the 32-byte values as {@code 0x} hex:
 * what a custody walk compares the registry's account of an allocation with.
 *
 * @param allocationId the on-chain id, Keccak-256 of {@code urn:uuid:<allocation uuid>}
 * @param lotId the on-chain id of the lot it was allocated from (see {@link ChainLot#idOf})
 * @param quantity tCO2e
 * @param claimed tCO2e claimed by downstream credentials, all of them together
 */
public record ChainAllocation(
    String allocationId, String lotId, BigDecimal quantity, BigDecimal claimed) {

  /** The on-chain id of a registry allocation, as the registry derives it. */
  public static String idOf(UUID allocationId) {
    return Bytes32.keccakOf("urn:uuid:" + allocationId).toHex();
  }

  /** The on-chain id of a downstream credential's claim, as the registry derives it. */
  public static String claimIdOf(String credentialId) {
    return Bytes32.keccakOf(credentialId).toHex();
  }
}
