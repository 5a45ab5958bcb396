package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.credentials.keys.KeyType;

/**
 * {@code ecdsa-rdfc-2019} (Data Integrity ECDSA Cryptosuites v1.0 §3.2) with P-256 and SHA-256.
 * P-384 keys are not supported by this library's key model; such proofs fail the key type check.
 */
public record EcdsaRdfc2019(RdfcCanonicalization canonicalization) implements Cryptosuite {

  public static final String NAME = "ecdsa-rdfc-2019";

  public EcdsaRdfc2019() {
    this(RdfcCanonicalization.standard());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public KeyType keyType() {
    return KeyType.P256;
  }
}
