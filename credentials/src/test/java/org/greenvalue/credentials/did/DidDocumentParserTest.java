package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DidDocumentParserTest {

  static final String DID = "did:web:supplier.example";
  static final SigningKey ED = SigningKey.generate(KeyType.ED25519);
  static final SigningKey P256 = SigningKey.generate(KeyType.P256);

  /** A document with a Multikey by relative id, a JWK, an embedded method and an RSA key. */
  static String document(String did) {
    return "{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\""
        + did
        + "\",\"verificationMethod\":["
        + "{\"id\":\"#multi\",\"type\":\"Multikey\",\"controller\":\""
        + did
        + "\",\"publicKeyMultibase\":\""
        + Multikey.encodePublic(ED.publicKey())
        + "\"},"
        + "{\"id\":\""
        + did
        + "#jwk\",\"type\":\"JsonWebKey\",\"controller\":\""
        + did
        + "\",\"publicKeyJwk\":"
        + JsonWebKeys.toJson(P256.publicKey())
        + "},"
        + "{\"id\":\"#rsa\",\"type\":\"JsonWebKey2020\",\"controller\":\""
        + did
        + "\",\"publicKeyJwk\":{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZpt\",\"e\":\"AQAB\"}},"
        + "{\"id\":\"#old\",\"type\":\"Ed25519VerificationKey2018\",\"controller\":\""
        + did
        + "\",\"publicKeyBase58\":\"abc\"}],"
        + "\"assertionMethod\":[\"#multi\",\""
        + did
        + "#jwk\",\"#rsa\"],"
        + "\"authentication\":[{\"id\":\"#embedded\",\"type\":\"Multikey\",\"controller\":\""
        + did
        + "\",\"publicKeyMultibase\":\""
        + Multikey.encodePublic(ED.publicKey())
        + "\"}]}";
  }

  private static DidDocument parse(String text, String did) {
    return DidDocumentParser.parse(JsonDocuments.parseObject(text).value(), did).value();
  }

  @Test
  void readsMultikeyAndJwkMethodsWithRelativeAndEmbeddedReferences() {
    var doc = parse(document(DID), DID);
    assertThat(
            doc.authorised(DID + "#multi", VerificationRelationship.ASSERTION_METHOD).value().key())
        .isEqualTo(ED.publicKey());
    assertThat(
            doc.authorised(DID + "#jwk", VerificationRelationship.ASSERTION_METHOD).value().key())
        .isEqualTo(P256.publicKey());
    assertThat(doc.authorised("#embedded", VerificationRelationship.AUTHENTICATION).succeeded())
        .isTrue();
    assertThat(doc.authorised(DID + "#multi", VerificationRelationship.AUTHENTICATION).succeeded())
        .isFalse();
  }

  @Test
  void leavesOutMethodsWithUnsupportedTypesOrKeys() {
    var doc = parse(document(DID), DID);
    var rsa = doc.authorised(DID + "#rsa", VerificationRelationship.ASSERTION_METHOD);
    assertThat(rsa.succeeded()).isFalse();
    assertThat(rsa.reason()).contains("no verification method");
    assertThat(doc.verificationMethod("#old")).isEmpty();
  }

  @Test
  void refusesADocumentForAnotherDid() {
    var result =
        DidDocumentParser.parse(
            JsonDocuments.parseObject(document("did:web:evil.example")).value(), DID);
    assertThat(result.reason()).contains("is not " + DID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"verificationMethod\":[1]}",
        "{\"verificationMethod\":[{\"id\":\"#a\",\"type\":\"Multikey\"}]}",
        "{\"verificationMethod\":[{\"id\":\"#a\",\"type\":\"Multikey\",\"controller\":\"c\","
            + "\"publicKeyMultibase\":\"z6Mk\"},{\"id\":\"#a\",\"type\":\"Multikey\","
            + "\"controller\":\"c\",\"publicKeyMultibase\":\"z6Mk\"}]}",
        "{\"assertionMethod\":[7]}",
        "{\"authentication\":[{\"id\":\"#x\"}]}"
      })
  void refusesMalformedMethods(String fragment) {
    String text = "{\"id\":\"" + DID + "\"," + fragment.substring(1);
    if (fragment.contains("z6Mk\"},{")) {
      String multikey = Multikey.encodePublic(ED.publicKey());
      text = text.replace("z6Mk", multikey);
    }
    var result = DidDocumentParser.parse(JsonDocuments.parseObject(text).value(), DID);
    assertThat(result.succeeded()).as(text).isFalse();
  }

  @Test
  void ignoresMethodsThatBelongToAnotherDid() {
    String text =
        "{\"id\":\""
            + DID
            + "\",\"verificationMethod\":[{\"id\":\"did:web:evil.example#k\",\"type\":\"Multikey\","
            + "\"controller\":\""
            + DID
            + "\",\"publicKeyMultibase\":\""
            + Multikey.encodePublic(ED.publicKey())
            + "\"}],\"assertionMethod\":[\"did:web:evil.example#k\"]}";
    assertThat(parse(text, DID).verificationMethods()).isEmpty();
  }
}
