package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiableCredentialTest {

  static final String TEXT =
      "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://example.org/pcf/v1\"],"
          + "\"zeta\":{\"b\":1,\"a\":[3,2,1]},"
          + "\"id\":\"urn:uuid:6a1c8b42-51b4-4c52-9a4b-0f0d2f0a3c11\","
          + "\"type\":[\"VerifiableCredential\",\"ProductFootprintCredential\"],"
          + "\"issuer\":{\"id\":\"did:web:supplier.example\",\"name\":\"Supplier\"},"
          + "\"validFrom\":\"2025-01-01T00:00:00Z\",\"validUntil\":\"2026-01-01T00:00:00+01:00\","
          + "\"credentialSubject\":{\"id\":\"urn:pact:pf:1\",\"pcfExcludingBiogenic\":"
          + "12.3400000000000000001,\"x\":1E+2},"
          + "\"credentialStatus\":[{\"type\":\"BitstringStatusListEntry\"}],"
          + "\"evidence\":{\"type\":\"EvidencePack\",\"digest\":\"sha256-abc\"},"
          + "\"unknownExtension\":[null,true,-1.10,0.000]}";

  // One known loss: JSON "-0.0" reads as BigDecimal zero and is written as "0.0" (BigDecimal has
  // no negative zero). No claim quantity depends on the sign of zero.
  @Test
  void writesBackExactlyWhatItReadIncludingUnknownPropertiesOrderAndDecimals() {
    var credential = VerifiableCredential.parse(TEXT).value();
    assertThat(credential.write()).isEqualTo(TEXT);
    assertThat(
            credential
                .credentialSubjects()
                .get(0)
                .getJsonNumber("pcfExcludingBiogenic")
                .bigDecimalValue())
        .isEqualTo(new BigDecimal("12.3400000000000000001"));
  }

  @Test
  void readsTheTypedProperties() {
    var credential = VerifiableCredential.parse(TEXT).value();
    assertThat(credential.contexts()).startsWith(VerifiableCredential.CONTEXT_V2);
    assertThat(credential.id()).contains("urn:uuid:6a1c8b42-51b4-4c52-9a4b-0f0d2f0a3c11");
    assertThat(credential.types()).contains("ProductFootprintCredential");
    assertThat(credential.issuerId()).contains("did:web:supplier.example");
    assertThat(credential.validFrom()).contains(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(credential.validUntil()).contains(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(credential.credentialStatus()).hasSize(1);
    assertThat(credential.evidence()).hasSize(1);
    assertThat(credential.credentialSchemas()).isEmpty();
    assertThat(credential.proofs()).isEmpty();
  }

  @Test
  void readsAStringIssuerAndIgnoresAMalformedValidFrom() {
    var credential =
        VerifiableCredential.parse(
                "{\"issuer\":\"https://issuer.example\",\"validFrom\":\"2025-01-01\"}")
            .value();
    assertThat(credential.issuerId()).contains("https://issuer.example");
    assertThat(credential.validFrom()).isEmpty();
    assertThat(credential.toString()).contains("no id");
  }

  @Test
  void updatesReturnNewCredentialsAndKeepTheOriginal() {
    var credential = VerifiableCredential.parse(TEXT).value();
    var updated = credential.withProperty("id", "urn:uuid:other").withoutProperty("evidence");
    assertThat(credential.id()).contains("urn:uuid:6a1c8b42-51b4-4c52-9a4b-0f0d2f0a3c11");
    assertThat(updated.id()).contains("urn:uuid:other");
    assertThat(updated.evidence()).isEmpty();
    assertThat(updated.write())
        .contains("\"zeta\":{\"b\":1,\"a\":[3,2,1]},\"id\":\"urn:uuid:other\"");
    assertThat(updated).isNotEqualTo(credential);
    assertThat(VerifiableCredential.parse(TEXT).value()).isEqualTo(credential);
    assertThat(credential.hashCode())
        .isEqualTo(VerifiableCredential.parse(TEXT).value().hashCode());
  }

  @Test
  void buildsAWellShapedCredentialWithBaseContextAndTypeFirst() {
    var credential =
        VerifiableCredential.builder()
            .context("https://example.org/pcf/v1")
            .id("urn:uuid:1")
            .type("ProductFootprintCredential")
            .issuer("did:key:z6MkExample")
            .validFrom(Instant.parse("2025-01-01T00:00:00.123Z"))
            .validUntil(Instant.parse("2026-01-01T00:00:00Z"))
            .credentialSubject(
                Json.createObjectBuilder()
                    .add("id", "urn:pact:pf:1")
                    .add("q", new BigDecimal("1.50"))
                    .build())
            .property("evidence", Json.createObjectBuilder().add("type", "EvidencePack").build())
            .build();
    assertThat(credential.write())
        .startsWith(
            "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://example.org/pcf/v1\"],"
                + "\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\",\"ProductFootprintCredential\"],"
                + "\"issuer\":\"did:key:z6MkExample\",\"validFrom\":\"2025-01-01T00:00:00Z\"")
        .contains("\"q\":1.50");
    assertThat(CredentialShapeRules.check(credential).valid()).isTrue();
  }

  @Test
  void buildsSeveralSubjectsAsAnArrayAndAnIssuerObject() {
    var credential =
        VerifiableCredential.builder()
            .issuer(Json.createObjectBuilder().add("id", "https://issuer.example").build())
            .credentialSubject(Json.createObjectBuilder().add("a", 1).build())
            .credentialSubject(Json.createObjectBuilder().add("b", 2).build())
            .build();
    assertThat(credential.credentialSubjects()).hasSize(2);
    assertThat(credential.issuerId()).contains("https://issuer.example");
  }
}
