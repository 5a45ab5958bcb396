package org.greenvalue.credentials.dataintegrity.sd;

import java.util.List;

/**
 * The parts of an ecdsa-sd-2023 base proof value (vc-di-ecdsa §3.5.2).
 *
 * @param baseSignature the issuer's signature over proof hash, proof-scoped key and mandatory hash
 * @param publicKey the proof-scoped P-256 public key as multikey bytes (0x8024 + compressed point)
 * @param hmacKey the key that relabels blank nodes
 * @param signatures one per non-mandatory statement, in canonical order, by the proof-scoped key
 * @param mandatoryPointers JSON pointers to what every disclosure must reveal
 */
record BaseProof(
    byte[] baseSignature,
    byte[] publicKey,
    byte[] hmacKey,
    List<byte[]> signatures,
    List<String> mandatoryPointers) {

  BaseProof {
    signatures = List.copyOf(signatures);
    mandatoryPointers = List.copyOf(mandatoryPointers);
  }
}
