package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * A Linked Data proof type from before Data Integrity 1.0, named by the proof's {@code type} rather
 * than a {@code cryptosuite}; verified only, never issued. Each hashes like RDFC Data Integrity
 * suites: SHA-256 of the URDNA2015 form of the proof options (the proof without its signature, with
 * the document's {@code @context}) followed by SHA-256 of the URDNA2015 form of the document
 * without its proof; they differ in how that is signed.
 */
public sealed interface LegacyProofSuite permits Ed25519Signature2020, JsonWebSignature2020 {

  /** The proof's {@code type}, e.g. {@code Ed25519Signature2020}. */
  String proofType();

  /** The context that defines the proof's terms; the document must use it. */
  String contextUrl();

  /** The proof property that holds the signature: {@code proofValue} or {@code jws}. */
  String signatureProperty();

  /** Whether a key of this type may have made the proof. */
  boolean accepts(KeyType type);

  /** Success with a description when the signature holds over the hash data; else why not. */
  Result<String> verify(String signature, byte[] hashData, VerificationKey key);

  /** Every legacy proof type verified here. */
  static List<LegacyProofSuite> all() {
    return List.of(new Ed25519Signature2020(), new JsonWebSignature2020());
  }

  /** The suite of a proof type, if it is one of the legacy types verified here. */
  static Optional<LegacyProofSuite> ofType(String proofType) {
    return all().stream().filter(suite -> suite.proofType().equals(proofType)).findFirst();
  }

  /** The proof options this suite hashes: the proof without any signature property. */
  static JsonObject options(JsonObject proof) {
    return JSON.createObjectBuilder(proof)
        .remove("proofValue")
        .remove("jws")
        .remove("signatureValue")
        .build();
  }
}
