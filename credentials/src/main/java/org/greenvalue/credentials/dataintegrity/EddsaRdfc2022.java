package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.credentials.keys.KeyType;

/** {@code eddsa-rdfc-2022} (Data Integrity EdDSA Cryptosuites v1.0 §3.2): RDFC-1.0, Ed25519. */
public record EddsaRdfc2022(RdfcCanonicalization canonicalization) implements Cryptosuite {

  public static final String NAME = "eddsa-rdfc-2022";

  public EddsaRdfc2022() {
    this(RdfcCanonicalization.standard());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public KeyType keyType() {
    return KeyType.ED25519;
  }
}
