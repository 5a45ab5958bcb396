package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifiablePresentationTest {

  private static final VerifiableCredential CREDENTIAL =
      VerifiableCredential.parse(VerifiableCredentialTest.TEXT).value();

  @Test
  void readsEmbeddedAndEnvelopedCredentials() {
    var enveloped = new EnvelopedVerifiableCredential("application/vc+jwt", "a.b.c");
    var presentation =
        VerifiablePresentation.builder()
            .id("urn:uuid:p1")
            .holder("did:web:buyer.example")
            .credential(CREDENTIAL)
            .credential(enveloped)
            .build();
    assertThat(presentation.holderId()).contains("did:web:buyer.example");
    assertThat(presentation.verifiableCredentials())
        .containsExactly(new EmbeddedCredential(CREDENTIAL), enveloped);
    assertThat(enveloped.toJson().getString("id")).isEqualTo("data:application/vc+jwt,a.b.c");
    assertThat(PresentationShapeRules.check(presentation).valid()).isTrue();
  }

  @Test
  void writesBackExactlyWhatItRead() {
    String text =
        "{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":\"VerifiablePresentation\","
            + "\"holder\":{\"id\":\"did:key:z6Mk\"},\"n\":1.000000000000000000001}";
    var presentation = VerifiablePresentation.parse(text).value();
    assertThat(presentation.write()).isEqualTo(text);
    assertThat(presentation.holderId()).contains("did:key:z6Mk");
    assertThat(presentation.types()).containsExactly("VerifiablePresentation");
    assertThat(presentation.contexts()).containsExactly(VerifiableCredential.CONTEXT_V2);
    assertThat(presentation.withoutProperty("n").json()).doesNotContainKey("n");
    assertThat(presentation.proofs()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"https://x.example\"}",
        "{\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:,abc\"}",
        "{\"type\":\"EnvelopedVerifiableCredential\"}",
        "{\"type\":\"SomethingElse\"}",
      })
  void failsPresentationsWithEntriesThatAreNeitherCredentialsNorEnvelopes(String entry) {
    var presentation =
        VerifiablePresentation.builder()
            .property(
                "verifiableCredential",
                Json.createArrayBuilder()
                    .add(org.greenvalue.credentials.json.JsonDocuments.parseObject(entry).value())
                    .build())
            .build();
    var report = PresentationShapeRules.check(presentation);
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("vp.verifiableCredential");
  }

  @Test
  void failsAPresentationWithoutItsTypeOrWithARelativeHolder() {
    var presentation =
        VerifiablePresentation.of(
            Json.createObjectBuilder()
                .add("@context", VerifiableCredential.CONTEXT_V2)
                .add("type", "Other")
                .add("holder", "me")
                .add("verifiableCredential", 5)
                .build());
    assertThat(PresentationShapeRules.check(presentation).failures())
        .extracting(Check::name)
        .containsExactly("vp.type", "vp.holder", "vp.verifiableCredential");
  }
}
