package org.greenvalue.credentials.jose;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.model.DateTimeStamp;
import org.greenvalue.credentials.model.VerifiableCredential;

/**
 * VC-JWT of VC Data Model 1.1 (§6.3.1.2 "JWT Decoding"): the credential is the {@code vc} claim (a
 * presentation the {@code vp} claim) and registered claims stand for its properties: {@code iss}
 * for {@code issuer} (or {@code holder}), {@code nbf} for {@code issuanceDate}, {@code exp} for
 * {@code expirationDate}, {@code jti} for {@code id} and {@code sub} for the subject's {@code id}.
 * Decoding writes them into the document; a claim that contradicts a property the document already
 * states is refused rather than silently preferred.
 */
public final class LegacyJwtClaims {

  /** The label of this format, verified only: {@code vc-jwt-1.1}. */
  public static final String FORMAT = "vc-jwt-1.1";

  private LegacyJwtClaims() {}

  /**
   * The document a JWT payload stands for: the decoded {@code vc} or {@code vp} claim of a VC-JWT
   * 1.1, else the payload itself (a VC-JOSE-COSE payload is the document). A 1.1 payload whose
   * claims contradict its document is returned as it is; verifying it reports why.
   */
  public static JsonObject documentOf(JsonObject payload) {
    for (JwtProfile profile : JwtProfile.values()) {
      if (isLegacy(payload, profile)) {
        var decoded = decode(payload, profile);
        return decoded.succeeded() ? decoded.value() : payload;
      }
    }
    return payload;
  }

  /** The claim that carries the document for a profile: {@code vc} or {@code vp}. */
  static String claimOf(JwtProfile profile) {
    return profile == JwtProfile.CREDENTIAL ? "vc" : "vp";
  }

  /** Whether a payload is a VC-JWT 1.1 one for the profile. */
  static boolean isLegacy(JsonObject payload, JwtProfile profile) {
    return payload.containsKey(claimOf(profile));
  }

  /** The document the payload stands for, or why the claims and the document disagree. */
  static Result<JsonObject> decode(JsonObject payload, JwtProfile profile) {
    String claim = claimOf(profile);
    if (!(payload.get(claim) instanceof JsonObject document)) {
      return Result.failure("the " + claim + " claim must be a JSON object");
    }
    if (VerifiableCredential.of(document).dataModel().orElse(null) != DataModelVersion.V1_1) {
      return Result.failure(
          "the " + claim + " claim must hold a VC Data Model 1.1 document (@context v1 first)");
    }
    String other = profile == JwtProfile.CREDENTIAL ? "vp" : "vc";
    if (payload.containsKey(other)) {
      return Result.failure("a VC-JWT 1.1 " + claim + " token must not also carry " + other);
    }
    JsonObjectBuilder out = JSON.createObjectBuilder(document);
    String party = profile.party();
    var steps =
        new Result<?>[] {
          stringClaim(payload, "iss").flatMap(iss -> set(out, document, party, iss)),
          stringClaim(payload, "jti").flatMap(jti -> set(out, document, "id", jti)),
          profile == JwtProfile.CREDENTIAL
              ? dateClaim(payload, "nbf").flatMap(at -> setDate(out, document, "issuanceDate", at))
              : Result.success(Optional.empty()),
          profile == JwtProfile.CREDENTIAL
              ? dateClaim(payload, "exp")
                  .flatMap(at -> setDate(out, document, "expirationDate", at))
              : Result.success(Optional.empty()),
          profile == JwtProfile.CREDENTIAL
              ? stringClaim(payload, "sub").flatMap(sub -> subject(out, document, sub))
              : Result.success(Optional.empty())
        };
    for (Result<?> step : steps) {
      if (!step.succeeded()) {
        return Result.failure(step.reason());
      }
    }
    return Result.success(out.build());
  }

  private static Result<Optional<String>> stringClaim(JsonObject payload, String name) {
    JsonValue value = payload.get(name);
    if (value == null) {
      return Result.success(Optional.empty());
    }
    return value instanceof JsonString s
        ? Result.success(Optional.of(s.getString()))
        : Result.failure("the " + name + " claim must be a string");
  }

  private static Result<Optional<Instant>> dateClaim(JsonObject payload, String name) {
    JsonValue value = payload.get(name);
    if (value == null) {
      return Result.success(Optional.empty());
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return Result.failure("the " + name + " claim must be a NumericDate in whole seconds");
    }
    try {
      return Result.success(Optional.of(Instant.ofEpochSecond(number.longValueExact())));
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Result.failure("the " + name + " claim is out of range");
    }
  }

  private static Result<Optional<Void>> set(
      JsonObjectBuilder out, JsonObject document, String property, Optional<String> claim) {
    if (claim.isEmpty()) {
      return Result.success(Optional.empty());
    }
    JsonValue stated = document.get(property);
    Optional<String> statedId =
        stated instanceof JsonString s
            ? Optional.of(s.getString())
            : stated instanceof JsonObject o && o.get("id") instanceof JsonString id
                ? Optional.of(id.getString())
                : Optional.empty();
    if (stated != null && !statedId.equals(claim)) {
      return Result.failure(
          "the JWT claim for " + property + " (" + claim.get() + ") contradicts " + stated);
    }
    if (stated == null) {
      out.add(property, claim.get());
    }
    return Result.success(Optional.empty());
  }

  private static Result<Optional<Void>> setDate(
      JsonObjectBuilder out, JsonObject document, String property, Optional<Instant> claim) {
    if (claim.isEmpty()) {
      return Result.success(Optional.empty());
    }
    if (document.get(property) instanceof JsonString stated) {
      var at = DateTimeStamp.parse(stated.getString());
      boolean same = at.succeeded() && at.value().getEpochSecond() == claim.get().getEpochSecond();
      return same
          ? Result.success(Optional.empty())
          : Result.failure(
              "the JWT claim for " + property + " (" + claim.get() + ") contradicts " + stated);
    }
    out.add(property, claim.get().toString());
    return Result.success(Optional.empty());
  }

  private static Result<Optional<Void>> subject(
      JsonObjectBuilder out, JsonObject document, Optional<String> sub) {
    if (sub.isEmpty()) {
      return Result.success(Optional.empty());
    }
    if (!(document.get("credentialSubject") instanceof JsonObject subject)) {
      return Result.failure("sub needs a single credentialSubject object to name");
    }
    if (subject.containsKey("id")) {
      return sub.get().equals(subject.get("id") instanceof JsonString s ? s.getString() : null)
          ? Result.success(Optional.empty())
          : Result.failure("the sub claim contradicts credentialSubject.id " + subject.get("id"));
    }
    out.add("credentialSubject", JSON.createObjectBuilder(subject).add("id", sub.get()));
    return Result.success(Optional.empty());
  }
}
