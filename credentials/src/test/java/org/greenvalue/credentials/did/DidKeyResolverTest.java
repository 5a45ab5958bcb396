package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;

class DidKeyResolverTest {

  private final DidKeyResolver resolver = new DidKeyResolver();

  @Test
  void resolvesTheMethodOfAGeneratedKeyForAssertions() {
    var key = SigningKey.generate(KeyType.P256);
    var method =
        resolver
            .resolveVerificationMethod(
                DidKeyResolver.methodFor(key.publicKey()),
                VerificationRelationship.ASSERTION_METHOD)
            .value();
    assertThat(method.key()).isEqualTo(key.publicKey());
    assertThat(method.controller()).isEqualTo(DidKeyResolver.didFor(key.publicKey()));
  }

  @Test
  void refusesAFragmentThatNamesAnotherKey() {
    var key = SigningKey.generate(KeyType.ED25519);
    var other = SigningKey.generate(KeyType.ED25519);
    String url =
        DidKeyResolver.didFor(key.publicKey())
            + "#"
            + DidKeyResolver.methodFor(other.publicKey()).split("#")[1];
    var result = resolver.resolveVerificationMethod(url, VerificationRelationship.ASSERTION_METHOD);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains("no verification method");
  }

  @Test
  void refusesOtherMethodsAndMalformedKeys() {
    assertThat(resolver.resolve("did:web:example.com").succeeded()).isFalse();
    assertThat(resolver.resolve("did:key:zNotAKey").succeeded()).isFalse();
    assertThat(
            resolver
                .resolveVerificationMethod(
                    "https://example.com/key", VerificationRelationship.ASSERTION_METHOD)
                .succeeded())
        .isFalse();
  }

  @Test
  void writesADocumentWithEveryRelationship() {
    var key = SigningKey.generate(KeyType.ED25519);
    var json = resolver.resolve(DidKeyResolver.didFor(key.publicKey())).value().toJson();
    assertThat(json.getJsonArray("assertionMethod").getString(0))
        .isEqualTo(DidKeyResolver.methodFor(key.publicKey()));
  }
}
