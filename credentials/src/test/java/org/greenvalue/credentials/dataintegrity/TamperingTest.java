package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.dataintegrity.Fixtures.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TamperingTest {

  enum Tamper {
    SUBJECT_FIELD(
        "proof[0].signature",
        d ->
            with(
                d,
                "credentialSubject",
                with(d.getJsonObject("credentialSubject"), "pcfExcludingBiogenic", "0.63"))),
    ADDED_SUBJECT_FIELD(
        "proof[0].signature",
        d ->
            with(
                d,
                "credentialSubject",
                with(d.getJsonObject("credentialSubject"), "geographyRegion", "EU"))),
    ILL_FORMED_SUBJECT_ID(
        "proof[0].signature",
        d ->
            with(
                d,
                "credentialSubject",
                with(d.getJsonObject("credentialSubject"), "id", "https://mallory example/pcf"))),
    // RDF conversion skips a node whose id is not a well-formed IRI, and every statement about
    // it: unless that is refused, this node would ride along under the original signature.
    ADDED_NODE_WITH_ILL_FORMED_ID(
        "proof[0].signature",
        d ->
            with(
                d,
                "evidence",
                Json.createObjectBuilder()
                    .add("id", "https://mallory example/evidence")
                    .add("name", "an audit that never happened")
                    .build())),
    ISSUER("proof[0].signature", d -> with(d, "issuer", "did:example:mallory")),
    CREATED(
        "proof[0].signature", d -> withProof(d, p -> with(p, "created", "2025-05-01T00:00:00Z"))),
    PROOF_VALUE(
        "proof[0].signature", d -> withProof(d, p -> with(p, "proofValue", otherProofValue(p)))),
    VERIFICATION_METHOD_OF_SAME_TYPE(
        "proof[0].signature",
        d -> withProof(d, p -> with(p, "verificationMethod", otherMethod(p, false)))),
    VERIFICATION_METHOD_OF_OTHER_TYPE(
        "proof[0].verificationMethod",
        d -> withProof(d, p -> with(p, "verificationMethod", otherMethod(p, true)))),
    UNKNOWN_CRYPTOSUITE(
        "proof[0].cryptosuite", d -> withProof(d, p -> with(p, "cryptosuite", "eddsa-2099"))),
    PROOF_TYPE("proof[0].type", d -> withProof(d, p -> with(p, "type", "RsaSignature2018"))),
    // Relabelled as a legacy type, the proof is checked as one: the document lacks its context and
    // the signature was not made over the legacy hash data.
    PROOF_TYPE_LEGACY(
        "proof[0].context", d -> withProof(d, p -> with(p, "type", "Ed25519Signature2020"))),
    PURPOSE("proof[0].purpose", d -> withProof(d, p -> with(p, "proofPurpose", "authentication"))),
    UNRESOLVABLE_METHOD(
        "proof[0].verificationMethod",
        d -> withProof(d, p -> with(p, "verificationMethod", "did:web:example.com#key-1"))),
    CONTEXT_WITHOUT_PROOF_TERMS(
        "proof[0].context",
        d ->
            with(
                d,
                "@context",
                Json.createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/examples/v2")
                    .build()));

    final String failedCheck;
    final UnaryOperator<JsonObject> change;

    Tamper(String failedCheck, UnaryOperator<JsonObject> change) {
      this.failedCheck = failedCheck;
      this.change = change;
    }
  }

  static Stream<Arguments> everyTamperInEverySuite() {
    return Stream.of("eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019")
        .flatMap(s -> Stream.of(Tamper.values()).map(t -> Arguments.of(s, t)));
  }

  @ParameterizedTest
  @MethodSource("everyTamperInEverySuite")
  void detectsEveryTamperingAsAFailedCheck(String suite, Tamper tamper) {
    JsonObject secured = sign(suite, footprintCredential(suite));
    assertThat(verifier().verify(secured).valid()).isTrue();

    var report = verifier().verify(tamper.change.apply(secured));
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).extracting(Check::name).contains(tamper.failedCheck);
  }

  private static String otherProofValue(JsonObject proof) {
    String suite = proof.getString("cryptosuite");
    JsonObject other = sign(suite, with(footprintCredential(suite), "id", "urn:uuid:other"));
    return other.getJsonObject("proof").getString("proofValue");
  }

  private static String otherMethod(JsonObject proof, boolean otherType) {
    boolean ed = proof.getString("cryptosuite").startsWith("eddsa");
    KeyType type = ed != otherType ? KeyType.ED25519 : KeyType.P256;
    return methodOf(SigningKey.generate(type));
  }
}
