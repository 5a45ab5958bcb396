package org.greenvalue.credentials.subject;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final String V2 = "https://www.w3.org/ns/credentials/v2";
  private static final String OURS = "https://greenvalue.org/ns/credentials/v1";
  private static final String IRI = Vocabulary.NAMESPACE + "EmissionReductionCredential";

  private static VerifiableCredential credential(JsonArrayBuilder context, String type) {
    JsonObject json =
        Json.createObjectBuilder()
            .add("@context", context)
            .add("type", Json.createArrayBuilder().add("VerifiableCredential").add(type))
            .add("issuer", "did:example:issuer")
            .add("credentialSubject", Json.createObjectBuilder().add("id", "urn:x"))
            .build();
    return VerifiableCredential.of(json);
  }

  private static JsonArrayBuilder contexts(Object... items) {
    var array = Json.createArrayBuilder();
    for (Object item : items) {
      if (item instanceof String s) {
        array.add(s);
      } else {
        array.add((JsonObject) item);
      }
    }
    return array;
  }

  private static JsonObject vocab(String iri) {
    return Json.createObjectBuilder().add("@vocab", iri).build();
  }

  @Test
  void ourContextAndOurTypeIsOurKind() {
    var types = Vocabulary.of(credential(contexts(V2, OURS), "EmissionReductionCredential"));
    assertThat(types.kind()).contains(SubjectKind.EMISSION_REDUCTION);
    assertThat(types.ours()).containsExactly("EmissionReductionCredential");
    assertThat(types.iris()).containsEntry("EmissionReductionCredential", IRI);
  }

  @Test
  void ourTypeNameUnderAForeignVocabIsNotOurs() {
    var vc =
        credential(contexts(V2, vocab("https://example.org/gv#")), "EmissionReductionCredential");
    var types = Vocabulary.of(vc);
    assertThat(types.kind()).isEmpty();
    assertThat(types.ours()).isEmpty();
    assertThat(types.iris())
        .containsEntry(
            "EmissionReductionCredential", "https://example.org/gv#EmissionReductionCredential");
    assertThat(types.foreignLookalike())
        .hasValueSatisfying(why -> assertThat(why).contains("https://example.org/gv#"));
  }

  @Test
  void ourTypeNameWithoutOurContextIsNotOurs() {
    var types = Vocabulary.of(credential(contexts(V2), "EmissionReductionCredential"));
    assertThat(types.kind()).isEmpty();
    assertThat(types.iris()).doesNotContainKey("EmissionReductionCredential");
    var examples =
        Vocabulary.of(
            credential(
                contexts(V2, "https://www.w3.org/ns/credentials/examples/v2"),
                "EmissionReductionCredential"));
    assertThat(examples.kind()).isEmpty();
    assertThat(examples.iris().get("EmissionReductionCredential"))
        .isEqualTo("https://www.w3.org/ns/credentials/examples#EmissionReductionCredential");
  }

  @Test
  void fullAndCompactIrisAndOurVocabAreOurs() {
    assertThat(Vocabulary.of(credential(contexts(V2, OURS), IRI)).kind())
        .contains(SubjectKind.EMISSION_REDUCTION);
    assertThat(Vocabulary.of(credential(contexts(V2, OURS), "gv:AssuranceCredential")).kind())
        .contains(SubjectKind.ASSURANCE);
    assertThat(
            Vocabulary.of(
                    credential(
                        contexts(V2, vocab(Vocabulary.NAMESPACE)),
                        "ProductCarbonFootprintCredential"))
                .kind())
        .contains(SubjectKind.PRODUCT_CARBON_FOOTPRINT);
    var inlineTerm =
        Json.createObjectBuilder()
            .add("Reduction", Vocabulary.NAMESPACE + "EmissionReductionCredential");
    assertThat(Vocabulary.of(credential(contexts(V2, inlineTerm.build()), "Reduction")).kind())
        .contains(SubjectKind.EMISSION_REDUCTION);
  }

  @Test
  void aContextThatRedefinesOurProtectedTermResolvesNothing() {
    var redefine =
        Json.createObjectBuilder()
            .add("EmissionReductionCredential", "https://example.org/gv#Other")
            .build();
    var types =
        Vocabulary.of(credential(contexts(V2, OURS, redefine), "EmissionReductionCredential"));
    assertThat(types.kind()).isEmpty();
    assertThat(types.iris()).isEmpty();
  }

  @Test
  void subjectRulesAreNotApplicableToAForeignCredential() {
    var foreign =
        credential(contexts(V2, vocab("https://example.org/gv#")), "EmissionReductionCredential");
    var report = SubjectRules.check(foreign);
    assertThat(report.checks()).hasSize(1);
    Check subject = report.checks().getFirst();
    assertThat(subject.outcome()).isEqualTo(Check.Outcome.SKIPPED);
    assertThat(subject.reason())
        .startsWith("not applicable: EmissionReductionCredential expands to");

    var ours = credential(contexts(V2, OURS), "EmissionReductionCredential");
    assertThat(SubjectRules.check(ours).failures()).isNotEmpty();
    assertThat(Optional.of(ours)).isPresent();
  }
}
