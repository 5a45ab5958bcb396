package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;

class ProofSetAndChainTest {

  private static final String FIRST = "urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544";

  @Test
  void verifiesEachProofOfASetOfEddsaAndEcdsaOnItsOwn() {
    JsonObject secured = sign("ecdsa-rdfc-2019", sign("eddsa-rdfc-2022", footprintCredential()));
    assertThat(secured.getJsonArray("proof")).hasSize(2);

    var report = verifier().verify(secured);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("proof[0].signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("proof[1].signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("proof.chain").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.SKIPPED);

    var onlySecond =
        Json.createObjectBuilder(secured)
            .add("proof", secured.getJsonArray("proof").get(1))
            .build();
    assertThat(verifier().verify(onlySecond).valid()).isTrue();
  }

  @Test
  void verifiesAChainAndFailsItWhenThePreviousProofIsRemoved() {
    JsonObject chained = chain("eddsa-rdfc-2022");
    var report = verifier().verify(chained);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("proof.chain").orElseThrow().reason()).contains("proof[1] -> " + FIRST);

    var removed =
        Json.createObjectBuilder(chained)
            .add("proof", chained.getJsonArray("proof").get(1))
            .build();
    var broken = verifier().verify(removed);
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
      assertThat(verifier().verify(document).failures())
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
        signer(
                suite("eddsa-rdfc-2022"),
                ProofOptions.builder(methodOf(ED25519)).id("urn:a").build())
            .sign(footprintCredential())
            .value();
    var second =
        signer(suite("ecdsa-rdfc-2019"), ProofOptions.builder(methodOf(P256)).id("urn:b").build())
            .sign(first)
            .value();
    var third =
        signer(
                suite("eddsa-jcs-2022"),
                ProofOptions.builder(methodOf(ED25519)).previousProofs("urn:a", "urn:b").build())
            .sign(second)
            .value();
    var report = verifier().verify(third);
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
            verifier()
                .verify(with(chained, "proof", duplicate))
                .check("proof.chain")
                .orElseThrow()
                .reason())
        .contains("two proofs have the id");
  }

  private static JsonObject chain(String suite) {
    Cryptosuite s = suite(suite);
    String method = methodOf(keyFor(s));
    JsonObject first =
        signer(s, ProofOptions.builder(method).id(FIRST).build())
            .sign(footprintCredential())
            .value();
    return signer(s, ProofOptions.builder(method).previousProofs(FIRST).build())
        .sign(first)
        .value();
  }
}
