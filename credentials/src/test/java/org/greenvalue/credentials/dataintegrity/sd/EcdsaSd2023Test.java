package org.greenvalue.credentials.dataintegrity.sd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ecdsa-sd-2023 (vc-di-ecdsa §3.3–3.5) against the published test vectors (appendix A.7: the
 * windsurf credential, its base proof and a derived proof), and our own issue → derive → verify.
 */
class EcdsaSd2023Test {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> SELECTIVE =
      List.of("/credentialSubject/boards/0", "/credentialSubject/boards/1");

  private static JsonObject vector(String name) {
    try (InputStream in =
        EcdsaSd2023Test.class.getResourceAsStream("/w3c-vectors/ecdsa-sd-2023/" + name)) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VerificationReport verify(JsonObject document) {
    return DataIntegrity.verifier(new DidKeyResolver(), CLOCK).verify(document);
  }

  private static Check.Outcome signature(VerificationReport report) {
    return report.check("proof[0].signature").orElseThrow().outcome();
  }

  @Test
  void section3_3_7_verifiesThePublishedDerivedProof() {
    VerificationReport report = verify(vector("derived.json"));
    assertThat(signature(report)).as(report.toString()).isEqualTo(Check.Outcome.PASSED);
    // the vector's issuer is an https URL, its key a did:key: only the binding says so
    assertThat(report.failures()).extracting(Check::name).containsExactly("proof[0].controller");
  }

  @Test
  void section3_3_2_ourDerivationOfThePublishedBaseProofIsThePublishedDerivedProof() {
    JsonObject derived = EcdsaSdDeriver.derive(vector("base.json"), SELECTIVE).value();
    assertThat(derived).isEqualTo(vector("derived.json"));
    assertThat(signature(verify(derived))).isEqualTo(Check.Outcome.PASSED);
  }

  @Test
  void section3_3_6_aBaseProofIsRefusedByAVerifierWithAReason() {
    VerificationReport report = verify(vector("base.json"));
    Check proofValue = report.check("proof[0].proofValue").orElseThrow();
    assertThat(proofValue.outcome()).isEqualTo(Check.Outcome.FAILED);
    assertThat(proofValue.reason()).contains("base proof").contains("derive");
    assertThat(report.valid()).isFalse();
  }

  @Test
  void section3_3_1_issuesABaseProofThatDerivesAndVerifies() {
    SigningKey key = SigningKey.generate(KeyType.P256);
    String did = DidKeyResolver.didFor(key.publicKey());
    JsonObject credential =
        JSON.createObjectBuilder(
                JSON.createObjectBuilder(vector("base.json")).remove("proof").build())
            .add("issuer", did)
            .build();
    var signer = new EcdsaSdBaseSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK);
    JsonObject base =
        signer.sign(credential, List.of("/issuer", "/credentialSubject/sailNumber")).value();
    JsonObject derived = EcdsaSdDeriver.derive(base, List.of("/credentialSubject/sails/2")).value();
    assertThat(derived.getJsonObject("credentialSubject").keySet())
        .containsExactly("sailNumber", "sails");
    assertThat(derived.getJsonObject("credentialSubject").getJsonArray("sails")).hasSize(1);
    VerificationReport report = verify(derived);
    assertThat(report.valid()).as(report.toString()).isTrue();

    JsonObject nothingMore = EcdsaSdDeriver.derive(base, List.of()).value();
    assertThat(verify(nothingMore).valid()).isTrue();
  }

  @Test
  void hostile_aTamperedRevealedValueIsRefused() {
    JsonObject derived = vector("derived.json");
    JsonObject subject = derived.getJsonObject("credentialSubject");
    JsonObject tampered =
        JSON.createObjectBuilder(derived)
            .add(
                "credentialSubject",
                JSON.createObjectBuilder(subject).add("sailNumber", "Earth102"))
            .build();
    assertThat(signature(verify(tampered))).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  void hostile_aDroppedMandatoryFieldIsRefused() {
    JsonObject derived = vector("derived.json");
    JsonObject subject = derived.getJsonObject("credentialSubject");
    JsonObject dropped =
        JSON.createObjectBuilder(derived)
            .add("credentialSubject", JSON.createObjectBuilder(subject).remove("sailNumber"))
            .build();
    assertThat(signature(verify(dropped))).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  void hostile_aForgedSignatureCountIsRefused() {
    JsonObject derived = vector("derived.json");
    var parsed =
        SdProofValues.decodeDerived(derived.getJsonObject("proof").getString("proofValue")).value();
    var fewer =
        new DerivedProof(
            parsed.baseSignature(),
            parsed.publicKey(),
            parsed.signatures().subList(1, parsed.signatures().size()),
            parsed.labels(),
            parsed.mandatoryIndexes());
    VerificationReport report = verify(withProofValue(derived, SdProofValues.encode(fewer)));
    assertThat(signature(report)).isEqualTo(Check.Outcome.FAILED);
    assertThat(report.check("proof[0].signature").orElseThrow().reason())
        .contains("statement signatures for");
  }

  @ParameterizedTest
  @ValueSource(ints = {SdProofValues.MAX_ENCODED + 1, 5_000_000})
  void hostile_anOversizedProofValueIsRefusedBeforeDecoding(int length) {
    String huge = "u2V0B" + "A".repeat(length - 5);
    VerificationReport report = verify(withProofValue(vector("derived.json"), huge));
    assertThat(report.check("proof[0].proofValue").orElseThrow().reason()).contains("longer than");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2V0BhQ", // array of five, then nothing
        "2V0BmgAAAAA", // a 4-byte array length of zero: not shortest form
        "2V0Bn_8", // indefinite-length array
        "2V0BhVr_____", // a byte string claiming 4 GiB
        "2V0AhQ" // a base header: refused as a base proof
      })
  void hostile_malformedCborIsRefused(String body) {
    VerificationReport report = verify(withProofValue(vector("derived.json"), "u" + body));
    assertThat(report.check("proof[0].proofValue").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
    assertThat(report.valid()).isFalse();
  }

  @Test
  void section3_5_serializesTheExactHeaderBytes() {
    String value = vector("derived.json").getJsonObject("proof").getString("proofValue");
    byte[] bytes = Base64.getUrlDecoder().decode(value.substring(1));
    assertThat(java.util.Arrays.copyOf(bytes, 3))
        .containsExactly((byte) 0xd9, (byte) 0x5d, (byte) 0x01);
    var parsed = SdProofValues.decodeDerived(value).value();
    assertThat(SdProofValues.encode(parsed)).isEqualTo(value);
  }

  private static JsonObject withProofValue(JsonObject document, String proofValue) {
    return JSON.createObjectBuilder(document)
        .add(
            "proof",
            JSON.createObjectBuilder(document.getJsonObject("proof")).add("proofValue", proofValue))
        .build();
  }
}
