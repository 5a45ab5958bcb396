package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.credentials.keys.KeyType;

/** {@code eddsa-jcs-2022} (Data Integrity EdDSA Cryptosuites v1.0 §3.3): JCS, Ed25519. */
public record EddsaJcs2022() implements Cryptosuite {

  public static final String NAME = "eddsa-jcs-2022";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public KeyType keyType() {
    return KeyType.ED25519;
  }

  @Override
  public Canonicalization canonicalization() {
    return new JcsCanonicalization();
  }
}
