package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * {@code Ed25519Signature2020} (W3C CCG Ed25519 Signature 2020; vc-di-eddsa Appendix A): Ed25519
 * over the hash data itself, the 64-byte signature in {@code proofValue} as multibase base58-btc.
 * Its terms come from {@code https://w3id.org/security/suites/ed25519-2020/v1}; its keys are {@code
 * Ed25519VerificationKey2020} (or Multikey) with {@code publicKeyMultibase}.
 */
public record Ed25519Signature2020() implements LegacyProofSuite {

  public static final String TYPE = "Ed25519Signature2020";
  public static final String CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";

  @Override
  public String proofType() {
    return TYPE;
  }

  @Override
  public String contextUrl() {
    return CONTEXT;
  }

  @Override
  public String signatureProperty() {
    return "proofValue";
  }

  @Override
  public boolean accepts(KeyType type) {
    return type == KeyType.ED25519;
  }

  @Override
  public Result<String> verify(String signature, byte[] hashData, VerificationKey key) {
    return ProofValue.decode(signature, 64)
        .flatMap(
            bytes ->
                key.verify(hashData, bytes)
                    ? Result.success("Ed25519 signature verifies")
                    : Result.failure("signature does not match the document and proof options"));
  }
}
