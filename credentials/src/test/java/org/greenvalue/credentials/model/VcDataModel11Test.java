package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance to VC Data Model 1.1 §4 of credentials and presentations whose base context is v1.
 */
class VcDataModel11Test {

  /** VC DM 1.1 Example 2 (a simple credential), with its issuer as a URL. */
  static final String EXAMPLE =
      """
      {"@context":["https://www.w3.org/2018/credentials/v1",
                   "https://www.w3.org/2018/credentials/examples/v1"],
       "id":"http://example.edu/credentials/1872",
       "type":["VerifiableCredential","AlumniCredential"],
       "issuer":"https://example.edu/issuers/565049",
       "issuanceDate":"2010-01-01T19:23:24Z",
       "expirationDate":"2030-01-01T19:23:24Z",
       "credentialSubject":{"id":"did:example:ebfeb1f712ebc6f1c276e12ec21",
         "alumniOf":{"id":"did:example:c276e12ec21ebfeb1f712ebc6f1",
           "name":[{"value":"Example University","lang":"en"}]}}}
      """;

  private static final JsonObject CREDENTIAL = JsonDocuments.parseObject(EXAMPLE).value();

  private static VerifiableCredential with(String property, String json) {
    return VerifiableCredential.of(
        Json.createObjectBuilder(CREDENTIAL).add(property, value(json)).build());
  }

  private static jakarta.json.JsonValue value(String json) {
    return JsonDocuments.parseObject("{\"v\":" + json + "}").value().get("v");
  }

  private static VerifiableCredential without(String property) {
    return VerifiableCredential.of(Json.createObjectBuilder(CREDENTIAL).remove(property).build());
  }

  private static Check.Outcome outcome(VerificationReport report, String name) {
    return report.check(name).orElseThrow().outcome();
  }

  @Test
  @DisplayName("VC DM 1.1 §4.1 Contexts: the v1 base context first makes a 1.1 credential")
  void readsVersionFromBaseContext() {
    var credential = VerifiableCredential.of(CREDENTIAL);

    assertThat(credential.dataModel()).contains(DataModelVersion.V1_1);
    assertThat(CredentialShapeRules.check(credential).failures()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"https://www.w3.org/2018/credentials/v1\", \"https://www.w3.org/ns/credentials/v2\"]",
        "[\"https://www.w3.org/ns/credentials/v2\", \"https://www.w3.org/2018/credentials/v1\"]",
        "[\"https://www.w3.org/2018/credentials/examples/v1\","
            + " \"https://www.w3.org/2018/credentials/v1\"]"
      })
  @DisplayName("VC DM 1.1 §4.1 Contexts: mixing v1 and v2, or v1 not first, is refused")
  void refusesMixedOrMisplacedBaseContexts(String contexts) {
    var report = CredentialShapeRules.check(with("@context", contexts));

    assertThat(outcome(report, "vc.context")).isEqualTo(Check.Outcome.FAILED);
    assertThat(with("@context", contexts).dataModel()).isEmpty();
  }

  @Test
  @DisplayName("VC DM 1.1 §4.6 Issuance Date: issuanceDate is required")
  void requiresIssuanceDate() {
    var report = CredentialShapeRules.check(without("issuanceDate"));

    assertThat(outcome(report, "vc.issuanceDate")).isEqualTo(Check.Outcome.FAILED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"2010-01-01\"", "\"2010-01-01T19:23:24\"", "\"yesterday\"", "20100101", "null"})
  @DisplayName("VC DM 1.1 §4.6 Issuance Date: issuanceDate is an RFC 3339 date-time with zone")
  void refusesMalformedIssuanceDate(String value) {
    var report = CredentialShapeRules.check(with("issuanceDate", value));

    assertThat(outcome(report, "vc.issuanceDate")).isEqualTo(Check.Outcome.FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2030-01-01\"", "\"never\"", "1"})
  @DisplayName("VC DM 1.1 §4.8 Expiration: expirationDate is an RFC 3339 date-time with zone")
  void refusesMalformedExpirationDate(String value) {
    var report = CredentialShapeRules.check(with("expirationDate", value));

    assertThat(outcome(report, "vc.expirationDate")).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.8 Expiration: expirationDate before issuanceDate is refused")
  void refusesExpirationBeforeIssuance() {
    var report = CredentialShapeRules.check(with("expirationDate", "\"2009-01-01T00:00:00Z\""));

    assertThat(outcome(report, "vc.validityPeriod")).isEqualTo(Check.Outcome.FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validFrom", "validUntil"})
  @DisplayName("VC DM 1.1 §4.6: validFrom and validUntil are not 1.1 terms")
  void refusesVersion2Dates(String term) {
    var report = CredentialShapeRules.check(with(term, "\"2020-01-01T00:00:00Z\""));

    assertThat(outcome(report, "vc.dataModel")).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.5 Issuer and §4.4 Credential Subject apply as in 2.0")
  void appliesIssuerAndSubjectRules() {
    assertThat(outcome(CredentialShapeRules.check(without("issuer")), "vc.issuer"))
        .isEqualTo(Check.Outcome.FAILED);
    assertThat(
            outcome(
                CredentialShapeRules.check(without("credentialSubject")), "vc.credentialSubject"))
        .isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.6: a credential issued in the future (beyond skew) is not yet valid")
  void issuanceDateInTheFutureBeyondSkewIsNotValidYet() {
    var rules = at("2010-01-01T19:18:23Z");

    var report = rules.check(VerifiableCredential.of(CREDENTIAL));

    assertThat(outcome(report, "vc.validity.started")).isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.6: an issuanceDate within the clock skew is accepted")
  void issuanceDateWithinSkewIsValid() {
    var report = at("2010-01-01T19:18:25Z").check(VerifiableCredential.of(CREDENTIAL));

    assertThat(outcome(report, "vc.validity.started")).isEqualTo(Check.Outcome.PASSED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.8 Expiration: an expired credential is not valid")
  void expiredCredentialIsNotValid() {
    var report = at("2030-01-01T19:23:25Z").check(VerifiableCredential.of(CREDENTIAL));

    assertThat(outcome(report, "vc.validity.notExpired")).isEqualTo(Check.Outcome.FAILED);
    assertThat(outcome(report, "vc.validity.started")).isEqualTo(Check.Outcome.PASSED);
  }

  @Test
  @DisplayName("VC DM 1.1 §4.10 Presentations: a v1 presentation is well shaped; mixing is not")
  void checksPresentations() {
    String text =
        """
        {"@context":["https://www.w3.org/2018/credentials/v1"],
         "type":"VerifiablePresentation",
         "holder":"did:example:ebfeb1f712ebc6f1c276e12ec21",
         "verifiableCredential":[%s]}
        """
            .formatted(EXAMPLE);
    var presentation = VerifiablePresentation.parse(text).value();
    var mixed =
        presentation.withProperty(
            "@context",
            value(
                "[\"https://www.w3.org/2018/credentials/v1\","
                    + "\"https://www.w3.org/ns/credentials/v2\"]"));

    assertThat(PresentationShapeRules.check(presentation).failures()).isEmpty();
    assertThat(presentation.dataModel()).contains(DataModelVersion.V1_1);
    assertThat(outcome(PresentationShapeRules.check(mixed), "vp.context"))
        .isEqualTo(Check.Outcome.FAILED);
  }

  private static ValidityPeriodRules at(String instant) {
    return new ValidityPeriodRules(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }
}
