package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;

/**
 * Proof sets and chains, each proof made by the issuer: {@link TwoKeyIssuer} holds an Ed25519 and a
 * P-256 key in one DID document, so one issuer can sign in every suite.
 */
class ProofSetAndChainTest {

  private static final String FIRST = "urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544";

  private static JsonObject signAs(String suite, ProofOptions.Builder options, JsonObject doc) {
    return signAsTwoKeyIssuer(suite, options, doc);
  }

  private static JsonObject signAs(String suite, JsonObject doc) {
    return signAs(suite, ProofOptions.builder(TwoKeyIssuer.methodFor(suite(suite))), doc);
  }

  @Test
  void verifiesEachProofOfASetOfEddsaAndEcdsaOnItsOwn() {
    JsonObject secured =
        signAs("ecdsa-rdfc-2019", signAs("eddsa-rdfc-2022", twoKeyIssuerCredential()));
    assertThat(secured.getJsonArray("proof")).hasSize(2);

    var report = twoKeyIssuerVerifier().verify(secured);
    assertThat(report.valid()).as(report.toString()).isTrue();
    for (String name : new String[] {"proof[0].signature", "proof[1].signature"}) {
      assertThat(report.check(name).orElseThrow().outcome()).isEqualTo(Check.Outcome.PASSED);
    }
    for (String name : new String[] {"proof[0].controller", "proof[1].controller"}) {
      assertThat(report.check(name).orElseThrow().reason())
          .isEqualTo("the key is controlled by the issuer " + TwoKeyIssuer.DID);
    }
    assertThat(report.check("proof.chain").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.SKIPPED);

    var onlySecond =
        Json.createObjectBuilder(secured)
            .add("proof", secured.getJsonArray("proof").get(1))
            .build();
    assertThat(twoKeyIssuerVerifier().verify(onlySecond).valid()).isTrue();
  }

  @Test
  void verifiesAChainAndFailsItWhenThePreviousProofIsRemoved() {
    JsonObject chained = chain("eddsa-rdfc-2022");
    var report = twoKeyIssuerVerifier().verify(chained);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("proof.chain").orElseThrow().reason()).contains("proof[1] -> " + FIRST);

    var removed =
        Json.createObjectBuilder(chained)
            .add("proof", chained.getJsonArray("proof").get(1))
            .build();
    var broken = twoKeyIssuerVerifier().verify(removed);
    assertThat(broken.valid()).isFalse();
    assertThat(broken.failures())
        .extracting(Check::name)
        .containsExactlyInAnyOrder("proof[0].signature", "proof.chain");
  }

  @Test
  void failsBothProofsOfAChainWhenThePreviousProofIsAltered() {
    for (String suite : new String[] {"eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"}) {
      JsonObject chained = chain(suite);
      var proofs = chained.getJsonArray("proof");
      var altered = with(proofs.getJsonObject(0), "created", "2025-05-31T00:00:00Z");
      var document =
          with(chained, "proof", Json.createArrayBuilder().add(altered).add(proofs.get(1)).build());
      assertThat(twoKeyIssuerVerifier().verify(document).failures())
          .as(suite)
          .extracting(Check::name)
          .containsExactlyInAnyOrder("proof[0].signature", "proof[1].signature");
    }
  }

  @Test
  void refusesToChainToAProofThatIsNotThere() {
    var options = ProofOptions.builder(methodOf(ED25519)).previousProofs("urn:uuid:none").build();
    var result = signer(suite("eddsa-rdfc-2022"), options).sign(footprintCredential());
    assertThat(result.reason()).contains("urn:uuid:none");
  }

  @Test
  void chainsToSeveralPreviousProofs() {
    var first =
        signAs(
            "eddsa-rdfc-2022",
            ProofOptions.builder(TwoKeyIssuer.ED25519_METHOD).id("urn:a"),
            twoKeyIssuerCredential());
    var second =
        signAs(
            "ecdsa-rdfc-2019", ProofOptions.builder(TwoKeyIssuer.P256_METHOD).id("urn:b"), first);
    var third =
        signAs(
            "eddsa-jcs-2022",
            ProofOptions.builder(TwoKeyIssuer.ED25519_METHOD).previousProofs("urn:a", "urn:b"),
            second);
    var report = twoKeyIssuerVerifier().verify(third);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(third.getJsonArray("proof").getJsonObject(2).getJsonArray("previousProof"))
        .hasSize(2);
  }

  @Test
  void failsAChainWithDuplicateProofIds() {
    JsonObject chained = chain("eddsa-rdfc-2022");
    var proofs = chained.getJsonArray("proof");
    var duplicate = Json.createArrayBuilder(proofs).add(proofs.get(0)).build();
    assertThat(
            twoKeyIssuerVerifier()
                .verify(with(chained, "proof", duplicate))
                .check("proof.chain")
                .orElseThrow()
                .reason())
        .contains("two proofs have the id");
  }

  private static JsonObject chain(String suite) {
    String method = TwoKeyIssuer.methodFor(suite(suite));
    JsonObject first =
        signAs(suite, ProofOptions.builder(method).id(FIRST), twoKeyIssuerCredential());
    return signAs(suite, ProofOptions.builder(method).previousProofs(FIRST), first);
  }
}
