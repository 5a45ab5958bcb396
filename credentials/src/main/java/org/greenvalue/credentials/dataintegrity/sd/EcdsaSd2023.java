package org.greenvalue.credentials.dataintegrity.sd;

import org.greenvalue.credentials.dataintegrity.Cryptosuite;
import org.greenvalue.credentials.dataintegrity.RdfcCanonicalization;
import org.greenvalue.credentials.keys.KeyType;

/**
 * {@code ecdsa-sd-2023} (Data Integrity ECDSA Cryptosuites v1.0 §3.3–3.5): selective disclosure
 * with P-256. The issuer signs a base proof ({@link EcdsaSdBaseSigner}); the holder derives a proof
 * that reveals chosen statements ({@link EcdsaSdDeriver}); a verifier checks only derived proofs
 * ({@link EcdsaSdVerification}).
 */
public record EcdsaSd2023(RdfcCanonicalization canonicalization) implements Cryptosuite {

  public static final String NAME = "ecdsa-sd-2023";

  public EcdsaSd2023() {
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
