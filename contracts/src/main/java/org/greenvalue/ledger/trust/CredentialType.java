package org.greenvalue.ledger.trust;

import org.greenvalue.ledger.Bytes32;

/**
 * A credential type as the trust registry keys it: the type name (e.g. {@code
 * ProductFootprintCredential}) and its Keccak-256 hash, which is what the contract stores.
 */
public record CredentialType(String name, Bytes32 hash) {

  public CredentialType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a credential type needs a name");
    }
    if (!hash.equals(Bytes32.keccakOf(name))) {
      throw new IllegalArgumentException("hash is not keccak256 of the name " + name);
    }
  }

  public static CredentialType of(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a credential type needs a name");
    }
    return new CredentialType(name, Bytes32.keccakOf(name));
  }
}
