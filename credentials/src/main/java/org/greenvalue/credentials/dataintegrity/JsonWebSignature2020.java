package org.greenvalue.credentials.dataintegrity;

import org.greenvalue.common.Result;
import org.greenvalue.credentials.jose.DetachedJws;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * {@code JsonWebSignature2020} (W3C CCG JSON Web Signature 2020 §3.3): the hash data is the
 * unencoded payload of a detached JWS in {@code jws} ({@code "b64": false}, {@code "crit":
 * ["b64"]}), signed with EdDSA by an Ed25519 key or ES256 by a P-256 key. Its terms come from
 * {@code https://w3id.org/security/suites/jws-2020/v1}; its keys are {@code JsonWebKey2020} with
 * {@code publicKeyJwk}.
 */
public record JsonWebSignature2020() implements LegacyProofSuite {

  public static final String TYPE = "JsonWebSignature2020";
  public static final String CONTEXT = "https://w3id.org/security/suites/jws-2020/v1";

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
    return "jws";
  }

  @Override
  public boolean accepts(KeyType type) {
    return type == KeyType.ED25519 || type == KeyType.P256;
  }

  @Override
  public Result<String> verify(String signature, byte[] hashData, VerificationKey key) {
    return DetachedJws.verify(signature, hashData, key);
  }
}
