package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialShapeRulesTest {

  private static final VerifiableCredential VALID =
      VerifiableCredential.parse(VerifiableCredentialTest.TEXT).value();

  @Test
  void passesAWellShapedCredential() {
    var report = CredentialShapeRules.check(VALID);
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(report.check("vc.validityPeriod").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.check("vc.credentialSchema").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.SKIPPED);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("@context", "[\"https://example.org/other\"]", "vc.context"),
        Arguments.of(
            "@context",
            "[\"https://www.w3.org/2018/credentials/v1\", \"https://www.w3.org/ns/credentials/v2\"]",
            "vc.context"),
        Arguments.of("@context", "[\"https://www.w3.org/ns/credentials/v2\", 7]", "vc.context"),
        Arguments.of("@context", "[]", "vc.context"),
        Arguments.of("type", "[\"ProductFootprintCredential\"]", "vc.type"),
        Arguments.of("type", "[\"VerifiableCredential\", 1]", "vc.type"),
        Arguments.of("type", "[]", "vc.type"),
        Arguments.of("id", "\"not a url\"", "vc.id"),
        Arguments.of("id", "42", "vc.id"),
        Arguments.of("issuer", "\"supplier\"", "vc.issuer"),
        Arguments.of("issuer", "{\"name\":\"no id\"}", "vc.issuer"),
        Arguments.of("issuer", "[\"https://a.example\"]", "vc.issuer"),
        Arguments.of("credentialSubject", "{}", "vc.credentialSubject"),
        Arguments.of("credentialSubject", "[]", "vc.credentialSubject"),
        Arguments.of("credentialSubject", "\"urn:x\"", "vc.credentialSubject"),
        Arguments.of("credentialSubject", "{\"id\":\"relative/path\"}", "vc.credentialSubject"),
        Arguments.of("validFrom", "\"2025-01-01\"", "vc.validFrom"),
        Arguments.of("validFrom", "\"2025-01-01T00:00:00\"", "vc.validFrom"),
        Arguments.of("validFrom", "\"2025-13-01T00:00:00Z\"", "vc.validFrom"),
        Arguments.of("validFrom", "1735689600", "vc.validFrom"),
        Arguments.of("validUntil", "\"yesterday\"", "vc.validUntil"),
        Arguments.of("validUntil", "\"2024-01-01T00:00:00Z\"", "vc.validityPeriod"),
        Arguments.of(
            "credentialStatus", "[{\"id\":\"https://s.example/1\"}]", "vc.credentialStatus"),
        Arguments.of("credentialStatus", "[]", "vc.credentialStatus"),
        Arguments.of("credentialStatus", "[\"https://s.example/1\"]", "vc.credentialStatus"),
        Arguments.of(
            "credentialStatus", "{\"type\":\"X\",\"id\":\"no url\"}", "vc.credentialStatus"),
        Arguments.of("credentialSchema", "{\"type\":\"JsonSchema\"}", "vc.credentialSchema"),
        Arguments.of("credentialSchema", "{\"id\":\"https://s.example\"}", "vc.credentialSchema"),
        Arguments.of("evidence", "{\"digest\":\"x\"}", "vc.evidence"),
        Arguments.of("termsOfUse", "{\"id\":\"https://t.example\"}", "vc.termsOfUse"),
        Arguments.of("refreshService", "[1]", "vc.refreshService"));
  }

  @ParameterizedTest(name = "{0}={1} fails {2}")
  @MethodSource("malformed")
  void failsTheNamedCheckForAMalformedProperty(String property, String json, String check) {
    JsonValue value = JsonDocuments.parseObject("{\"v\":" + json + "}").value().get("v");
    var report = CredentialShapeRules.check(VALID.withProperty(property, value));
    assertThat(report.valid()).isFalse();
    assertThat(report.failures()).extracting(Check::name).containsExactly(check);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"@context", "type", "issuer", "credentialSubject"})
  void failsWhenARequiredPropertyIsMissing(String property) {
    var report = CredentialShapeRules.check(VALID.withoutProperty(property));
    assertThat(report.failures()).hasSize(1);
    assertThat(report.failures().get(0).reason()).isNotBlank();
  }

  @Test
  void acceptsATypeGivenAsASingleString() {
    var credential =
        VerifiableCredential.of(
            Json.createObjectBuilder(VALID.json()).add("type", "VerifiableCredential").build());
    assertThat(CredentialShapeRules.check(credential).valid()).isTrue();
  }
}
