package org.greenvalue.ledger;

import java.util.Arrays;
import java.util.Optional;

/** The write roles of the three contracts. Each contract's deployer holds its role and admin. */
public enum Role {
  ANCHORER("ANCHORER_ROLE"),
  TRUST_AUTHORITY("TRUST_AUTHORITY_ROLE"),
  REGISTRAR("REGISTRAR_ROLE");

  private final Bytes32 hash;

  Role(String solidityName) {
    this.hash = Bytes32.keccakOf(solidityName);
  }

  /** {@code keccak256("<NAME>_ROLE")}, as the contracts define it. */
  public Bytes32 hash() {
    return hash;
  }

  public static Optional<Role> ofHash(Bytes32 hash) {
    return Arrays.stream(values()).filter(r -> r.hash.equals(hash)).findFirst();
  }
}
