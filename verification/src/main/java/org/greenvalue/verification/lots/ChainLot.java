package org.greenvalue.verification.lots;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.ledger.Bytes32;

/**
 * A lot as {@code GreenValueLedger} holds it, with the 32-byte values as {@code 0x} hex: what a
 * custody walk compares the registry's account of each hop with.
 *
 * @param lotId the on-chain id, Keccak-256 of {@code urn:uuid:<lot uuid>}
 * @param parentLotId the parent's on-chain id, for a lot created by a transfer
 * @param owner Keccak-256 of the owning organisation's registry id
 * @param credentialDigest the SHA-256 of the ΔCO2 credential the root lot was minted from
 * @param quantity tCO2e
 */
public record ChainLot(
    String lotId,
    Optional<String> parentLotId,
    String owner,
    String credentialDigest,
    BigDecimal quantity) {

  /** The on-chain id of a registry lot, as the registry derives it. */
  public static String idOf(UUID lotId) {
    return Bytes32.keccakOf("urn:uuid:" + lotId).toHex();
  }

  /** The on-chain owner of a registry organisation, as the registry derives it. */
  public static String ownerOf(String organisationId) {
    return Bytes32.keccakOf(organisationId).toHex();
  }
}
