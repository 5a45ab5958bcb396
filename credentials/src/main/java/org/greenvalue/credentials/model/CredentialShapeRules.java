package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.related.RelatedResourceRules;

/**
 * The structure a credential must have per VC DM 2.0 §4, one named check per rule; a credential
 * whose first context is the 1.1 base context is held to VC DM 1.1 instead ({@link
 * LegacyDateRules}: {@code issuanceDate} and {@code expirationDate}). Whether the credential is
 * currently valid is a separate question ({@link ValidityPeriodRules}).
 */
public final class CredentialShapeRules {

  private record Rule(Function<JsonObject, Check> check) {}

  private static final List<Rule> COMMON_HEAD =
      List.of(
          new Rule(json -> ShapeChecks.context("vc.context", json)),
          new Rule(json -> ShapeChecks.type("vc.type", json, VerifiableCredential.TYPE)),
          new Rule(json -> ShapeChecks.optionalUrl("vc.id", json, "id")),
          new Rule(json -> ShapeChecks.urlOrObjectWithUrlId("vc.issuer", json, "issuer")),
          new Rule(CredentialShapeRules::subjects));

  private static final List<Rule> COMMON_TAIL =
      List.of(
          new Rule(
              json -> ShapeChecks.typedObjects("vc.credentialStatus", json, "credentialStatus")),
          new Rule(CredentialShapeRules::schemas),
          new Rule(json -> ShapeChecks.typedObjects("vc.evidence", json, "evidence")),
          new Rule(json -> ShapeChecks.typedObjects("vc.refreshService", json, "refreshService")),
          new Rule(json -> ShapeChecks.typedObjects("vc.termsOfUse", json, "termsOfUse")),
          new Rule(RelatedResourceRules::shape));

  private static final List<Rule> V2_0 =
      concat(
          COMMON_HEAD,
          List.of(
              new Rule(json -> dateTimeStamp("vc.validFrom", json, "validFrom")),
              new Rule(json -> dateTimeStamp("vc.validUntil", json, "validUntil")),
              new Rule(CredentialShapeRules::validityPeriod)),
          COMMON_TAIL);

  private static final List<Rule> V1_1 =
      concat(COMMON_HEAD, LegacyDateRules.RULES.stream().map(Rule::new).toList(), COMMON_TAIL);

  private CredentialShapeRules() {}

  public static VerificationReport check(VerifiableCredential credential) {
    List<Rule> rules =
        credential.dataModel().orElse(DataModelVersion.V2_0) == DataModelVersion.V1_1 ? V1_1 : V2_0;
    return new VerificationReport(
        rules.stream().map(r -> r.check().apply(credential.json())).toList());
  }

  @SafeVarargs
  private static List<Rule> concat(List<Rule>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }

  /** §4.8: one or more subjects, each a non-empty object whose id, if any, is a URL. */
  static Check subjects(JsonObject json) {
    String name = "vc.credentialSubject";
    List<JsonValue> items = JsonProperties.values(json, "credentialSubject");
    if (items.isEmpty()) {
      return Check.failed(name, "credentialSubject is missing or empty");
    }
    for (JsonValue item : items) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT || item.asJsonObject().isEmpty()) {
        return Check.failed(name, "every credentialSubject must be a non-empty object");
      }
      if (ShapeChecks.optionalUrl(name, item.asJsonObject(), "id").failed()) {
        return Check.failed(name, "credentialSubject id must be a URL");
      }
    }
    return Check.passed(name, items.size() + " subject(s)");
  }

  /** §4.11: each schema has a URL id and a type. */
  static Check schemas(JsonObject json) {
    String name = "vc.credentialSchema";
    Check typed = ShapeChecks.typedObjects(name, json, "credentialSchema");
    if (typed.outcome() != Check.Outcome.PASSED) {
      return typed;
    }
    boolean allHaveUrlIds =
        JsonProperties.objects(json, "credentialSchema").stream()
            .allMatch(
                schema -> JsonProperties.string(schema, "id").filter(Urls::isUrl).isPresent());
    return allHaveUrlIds ? typed : Check.failed(name, "every credentialSchema needs a URL id");
  }

  static Check dateTimeStamp(String name, JsonObject json, String property) {
    if (!json.containsKey(property)) {
      return Check.skipped(name, "no " + property);
    }
    Result<Instant> parsed =
        JsonProperties.string(json, property)
            .map(DateTimeStamp::parse)
            .orElseGet(() -> Result.failure(property + " must be a string"));
    return parsed.succeeded()
        ? Check.passed(name, property + " is " + parsed.value())
        : Check.failed(name, parsed.reason());
  }

  /** §4.9: validFrom, when both are given, is not after validUntil. */
  static Check validityPeriod(JsonObject json) {
    String name = "vc.validityPeriod";
    var credential = VerifiableCredential.of(json);
    var from = credential.validFrom();
    var until = credential.validUntil();
    if (from.isEmpty() || until.isEmpty()) {
      return Check.skipped(name, "validFrom and validUntil are not both given");
    }
    return from.get().isAfter(until.get())
        ? Check.failed(name, "validFrom " + from.get() + " is after validUntil " + until.get())
        : Check.passed(name, "validFrom is not after validUntil");
  }
}
