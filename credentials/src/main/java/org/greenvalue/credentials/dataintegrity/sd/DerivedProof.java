package org.greenvalue.credentials.dataintegrity.sd;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of an ecdsa-sd-2023 derived proof value (vc-di-ecdsa §3.5.7).
 *
 * @param baseSignature the issuer's base signature, unchanged
 * @param publicKey the proof-scoped P-256 public key (multikey bytes)
 * @param signatures the signatures of the disclosed non-mandatory statements, in order
 * @param labels the HMAC blank node label of each canonical label {@code c14n<N>}, by N
 * @param mandatoryIndexes positions of the mandatory statements among the disclosed ones
 */
record DerivedProof(
    byte[] baseSignature,
    byte[] publicKey,
    List<byte[]> signatures,
    Map<Integer, byte[]> labels,
    List<Integer> mandatoryIndexes) {

  DerivedProof {
    signatures = List.copyOf(signatures);
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    mandatoryIndexes = List.copyOf(mandatoryIndexes);
  }
}
