package org.greenvalue.credentials.dataintegrity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * An issuer whose one DID document lists an Ed25519 and a P-256 key, so it can put a proof set or
 * chain of several suites on its own credential; other DIDs resolve as did:key.
 */
final class TwoKeyIssuer implements DidResolver {

  static final String DID = "did:web:issuer.example";
  static final String ED25519_METHOD = DID + "#ed25519";
  static final String P256_METHOD = DID + "#p256";

  private final DidResolver others = new DidKeyResolver();
  private final DidDocument document;

  TwoKeyIssuer(SigningKey ed25519, SigningKey p256) {
    var ids = Set.of(ED25519_METHOD, P256_METHOD);
    document =
        new DidDocument(
            DID,
            List.of(
                VerificationMethod.multikey(ED25519_METHOD, DID, ed25519.publicKey()),
                VerificationMethod.multikey(P256_METHOD, DID, p256.publicKey())),
            Map.of(
                VerificationRelationship.ASSERTION_METHOD,
                ids,
                VerificationRelationship.AUTHENTICATION,
                ids));
  }

  static String methodFor(Cryptosuite suite) {
    return suite.keyType() == org.greenvalue.credentials.keys.KeyType.ED25519
        ? ED25519_METHOD
        : P256_METHOD;
  }

  @Override
  public boolean supports(String did) {
    return did.equals(DID) || others.supports(did);
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    return did.equals(DID) ? Result.success(document) : others.resolve(did);
  }
}
