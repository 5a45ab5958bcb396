package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.credentials.keys.KeyType;

/**
 * {@code ecdsa-rdfc-2019} (Data Integrity ECDSA Cryptosuites v1.0 §3.2): P-256 with SHA-256, or
 * P-384 with SHA-384 for both the canonical forms (§3.2.4 "Hashing") and the signature.
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

  @Override
  public boolean accepts(KeyType type) {
    return type == KeyType.P256 || type == KeyType.P384;
  }

  @Override
  public String hashAlgorithm(KeyType type) {
    return type == KeyType.P384 ? "SHA-384" : "SHA-256";
  }

  @Override
  public int signatureLength(KeyType type) {
    return type.signatureLength();
  }
}
