package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;

class ControllerBindingTest {

  private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);

  private static VerificationMethod method(String id, String controller) {
    return VerificationMethod.multikey(id, controller, KEY.publicKey());
  }

  @Test
  void bindsAMethodOfThePartysOwnDocumentThatThePartyControls() {
    assertThat(
            ControllerBinding.mismatch(
                method("did:web:issuer.example#k1", "did:web:issuer.example"),
                "did:web:issuer.example",
                "issuer"))
        .isEmpty();
  }

  @Test
  void refusesAMethodWhoseDocumentClaimsTheVictimAsController() {
    // did:web:evil.example's own document says its key is controlled by the accredited issuer.
    assertThat(
            ControllerBinding.mismatch(
                method("did:web:evil.example#k1", "did:web:issuer.example"),
                "did:web:issuer.example",
                "issuer"))
        .hasValueSatisfying(why -> assertThat(why).contains("not a verification method of"));
  }

  @Test
  void refusesADidThatOnlyStartsWithTheParty() {
    assertThat(
            ControllerBinding.mismatch(
                method("did:web:issuer.example:evil#k1", "did:web:issuer.example:evil"),
                "did:web:issuer.example",
                "issuer"))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .contains(
                        "controlled by did:web:issuer.example:evil, not the issuer"
                            + " did:web:issuer.example"));
  }

  @Test
  void refusesAnotherControllerEvenInThePartysDocument() {
    assertThat(
            ControllerBinding.mismatch(
                method("did:web:issuer.example#k1", "did:web:other.example"),
                "did:web:issuer.example",
                "holder"))
        .hasValueSatisfying(why -> assertThat(why).contains("not the holder"));
  }
}
