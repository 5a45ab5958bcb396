package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidDocumentParser;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * An issuer {@code did:web:jws.example} whose DID document lists two {@code JsonWebKey2020} methods
 * with {@code publicKeyJwk}, {@code #ed25519} and {@code #p256}, read by the real {@link
 * DidDocumentParser}; other DIDs resolve as did:key.
 */
final class JsonWebKeyIssuer implements DidResolver {

  static final String DID = "did:web:jws.example";
  static final String ED25519_METHOD = DID + "#ed25519";
  static final String P256_METHOD = DID + "#p256";

  private final DidResolver others = new DidKeyResolver();
  private final DidDocument document;

  JsonWebKeyIssuer(VerificationKey ed25519, VerificationKey p256) {
    String text =
        """
        {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/suites/jws-2020/v1"],
         "id":"%1$s",
         "verificationMethod":[
           {"id":"#ed25519","type":"JsonWebKey2020","controller":"%1$s","publicKeyJwk":%2$s},
           {"id":"#p256","type":"JsonWebKey2020","controller":"%1$s","publicKeyJwk":%3$s}],
         "assertionMethod":["#ed25519","#p256"],
         "authentication":["#ed25519","#p256"]}
        """
            .formatted(DID, jwk(ed25519), jwk(p256));
    document = DidDocumentParser.parse(JsonDocuments.parseObject(text).value(), DID).value();
  }

  private static String jwk(VerificationKey key) {
    JsonObject json = JsonWebKeys.toJson(key);
    return JsonDocuments.write(json);
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
