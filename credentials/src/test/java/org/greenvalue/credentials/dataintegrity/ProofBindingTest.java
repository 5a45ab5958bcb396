package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every proof must be made with a key of the party the document speaks for: the issuer of a
 * credential, the holder of a presentation ({@code proof[i].controller}). A forger holding a valid
 * key of its own cannot put an accredited issuer's name on a credential.
 */
class ProofBindingTest {

  /** Signs in the suite with a fresh key of the suite's type: valid, but not the issuer's. */
  private static JsonObject signByStranger(String suite, JsonObject document) {
    Cryptosuite s = suite(suite);
    SigningKey stranger = SigningKey.generate(s.keyType());
    return DataIntegrity.signer(s, stranger, ProofOptions.assertion(methodOf(stranger)), CLOCK)
        .value()
        .sign(document)
        .value();
  }

  private static void assertOnlyBindingFails(VerificationReport report, String proof) {
    assertThat(report.valid()).as(report.toString()).isFalse();
    assertThat(report.failures())
        .as(report.toString())
        .extracting(Check::name)
        .containsExactly(proof + ".controller");
    assertThat(report.check(proof + ".signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void refusesACredentialNamingAnIssuerButSignedByAnotherKey(String suite) {
    JsonObject forged = signByStranger(suite, footprintCredential(suite));

    var report = verifier().verify(forged);
    assertOnlyBindingFails(report, "proof[0]");
    String issuer = DidKeyResolver.didFor(keyFor(suite(suite)).publicKey());
    assertThat(report.check("proof[0].controller").orElseThrow().reason())
        .contains("not the issuer " + issuer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void bindsAProofByTheIssuersOwnKeyWhetherTheIssuerIsAStringOrAnObject(String suite) {
    JsonObject credential = footprintCredential(suite);
    String issuer = credential.getString("issuer");
    var plain = verifier().verify(sign(suite, credential));
    assertThat(plain.valid()).as(plain.toString()).isTrue();
    assertThat(plain.check("proof[0].controller").orElseThrow().reason())
        .isEqualTo("the key is controlled by the issuer " + issuer);

    var asObject = with(credential, "issuer", Json.createObjectBuilder().add("id", issuer).build());
    assertThat(verifier().verify(sign(suite, asObject)).valid()).isTrue();
  }

  @Test
  void refusesACredentialThatNamesNoIssuer() {
    var credential =
        Json.createObjectBuilder(footprintCredential("eddsa-jcs-2022")).remove("issuer").build();
    var report = verifier().verify(sign("eddsa-jcs-2022", credential));
    assertThat(report.check("proof[0].controller").orElseThrow())
        .extracting(Check::outcome, Check::reason)
        .containsExactly(Check.Outcome.FAILED, "the document names no issuer to bind the key to");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void refusesAProofSetWhereAnyProofIsNotTheIssuers(String suite) {
    JsonObject byIssuer =
        signAsTwoKeyIssuer(
            suite,
            ProofOptions.builder(TwoKeyIssuer.methodFor(suite(suite))),
            twoKeyIssuerCredential());
    JsonObject withStranger = signByStranger(suite, byIssuer);
    assertThat(withStranger.getJsonArray("proof")).hasSize(2);

    var report = twoKeyIssuerVerifier().verify(withStranger);
    assertOnlyBindingFails(report, "proof[1]");
    assertThat(report.check("proof[0].controller").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("proof[1].controller").orElseThrow().reason())
        .contains("not the issuer " + TwoKeyIssuer.DID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void refusesAChainWhoseLinkIsSignedByAnotherKey(String suite) {
    Cryptosuite s = suite(suite);
    JsonObject first =
        signAsTwoKeyIssuer(
            suite,
            ProofOptions.builder(TwoKeyIssuer.methodFor(s)).id("urn:uuid:first"),
            twoKeyIssuerCredential());
    SigningKey stranger = SigningKey.generate(s.keyType());
    JsonObject chained =
        DataIntegrity.signer(
                s,
                stranger,
                ProofOptions.builder(methodOf(stranger)).previousProofs("urn:uuid:first").build(),
                CLOCK)
            .value()
            .sign(first)
            .value();

    var report = twoKeyIssuerVerifier().verify(chained);
    assertOnlyBindingFails(report, "proof[1]");
    assertThat(report.check("proof.chain").orElseThrow().outcome()).isEqualTo(Check.Outcome.PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"})
  void bindsAPresentationProofToTheHolder(String suite) {
    Cryptosuite s = suite(suite);
    SigningKey holder = keyFor(s);
    JsonObject presentation =
        Json.createObjectBuilder()
            .add(
                "@context",
                Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").build())
            .add("type", "VerifiablePresentation")
            .add("holder", didOf(holder))
            .build();
    var expected = ProofExpectations.authentication("https://verifier.example", "c-1");
    var byHolder = signPresentation(s, holder, presentation);
    var ok = verifier().verify(byHolder, expected);
    assertThat(ok.valid()).as(ok.toString()).isTrue();
    assertThat(ok.check("proof[0].controller").orElseThrow().reason())
        .isEqualTo("the key is controlled by the holder " + didOf(holder));

    var byStranger = signPresentation(s, SigningKey.generate(s.keyType()), presentation);
    var refused = verifier().verify(byStranger, expected);
    assertOnlyBindingFails(refused, "proof[0]");
    assertThat(refused.check("proof[0].controller").orElseThrow().reason())
        .contains("not the holder " + didOf(holder));

    var anonymous = Json.createObjectBuilder(presentation).remove("holder").build();
    var unbound = verifier().verify(signPresentation(s, holder, anonymous), expected);
    assertThat(unbound.check("proof[0].controller").orElseThrow())
        .extracting(Check::outcome, Check::reason)
        .containsExactly(Check.Outcome.SKIPPED, "the presentation names no holder");
  }

  private static JsonObject signPresentation(
      Cryptosuite suite, SigningKey key, JsonObject presentation) {
    var options =
        ProofOptions.builder(methodOf(key))
            .purpose(VerificationRelationship.AUTHENTICATION)
            .domain("https://verifier.example")
            .challenge("c-1")
            .build();
    return DataIntegrity.signer(suite, key, options, CLOCK).value().sign(presentation).value();
  }
}
