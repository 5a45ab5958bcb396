package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.credentials.keys.KeyType;

/**
 * A Data Integrity cryptographic suite (Data Integrity 1.0 §3): how a document and its proof
 * configuration are transformed (canonicalized) and hashed, and which key type signs the result.
 * The proof value is always multibase base58-btc ({@code z...}) of the raw signature. A new suite
 * is one class implementing this interface, registered in {@link Cryptosuites}.
 */
public interface Cryptosuite {

  /** The {@code cryptosuite} value of proofs made with this suite, e.g. {@code eddsa-rdfc-2022}. */
  String name();

  /** The key type this suite signs with (the first, when it accepts several). */
  KeyType keyType();

  /** Whether keys of this type may sign and verify with this suite. */
  default boolean accepts(KeyType type) {
    return type == keyType();
  }

  /** The transformation of documents and proof configurations. */
  Canonicalization canonicalization();

  /** The JCA name of the hash applied to each canonical form; SHA-256 unless said otherwise. */
  default String hashAlgorithm() {
    return "SHA-256";
  }

  /** The hash for a key of this type; a suite whose hash depends on the curve overrides it. */
  default String hashAlgorithm(KeyType type) {
    return hashAlgorithm();
  }

  /** Length in bytes of a raw signature (64 for Ed25519 and for P-256 r||s). */
  default int signatureLength() {
    return 64;
  }

  /** Length in bytes of a raw signature by a key of this type. */
  default int signatureLength(KeyType type) {
    return signatureLength();
  }
}
