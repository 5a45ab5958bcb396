package org.greenvalue.credentials.jose;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.ControllerBinding;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;

/**
 * The JOSE checks shared by {@code vc+jwt} and {@code vp+jwt}: parsing, header, key resolution and
 * authorisation, signature, and the binding of the key and {@code iss} to the issuer or holder. A
 * payload with a {@code vc} (or {@code vp}) claim is a VC-JWT of VC Data Model 1.1 ({@link
 * LegacyJwtClaims}); its outcome's payload is the document decoded from the claims. Every failure
 * is a failed check; nothing here throws on hostile input.
 */
final class JwsEnvelopeChecks {

  /** The checks run and, when the JWS parsed, its payload. */
  record Outcome(List<Check> checks, Optional<JsonObject> payload) {}

  private final DidResolver resolver;
  private final Clock clock;

  JwsEnvelopeChecks(DidResolver resolver, Clock clock) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Outcome run(String compact, JwtProfile profile) {
    Result<CompactJws> parsed = CompactJws.parse(compact);
    if (!parsed.succeeded()) {
      String alg = CompactJws.rawAlgorithm(compact);
      Check failure =
          alg.equalsIgnoreCase("none")
              ? Check.failed("jose.header.alg", "alg none: the JWS has no integrity protection")
              : Check.failed("jose.parse", parsed.reason());
      return new Outcome(List.of(failure), Optional.empty());
    }
    return run(parsed.value(), profile);
  }

  /** The checks of a JWS already parsed (a parse failure is {@link #run(String, JwtProfile)}'s). */
  Outcome run(CompactJws jws, JwtProfile profile) {
    boolean legacy = LegacyJwtClaims.isLegacy(jws.payload(), profile);
    Result<JsonObject> document =
        legacy ? LegacyJwtClaims.decode(jws.payload(), profile) : Result.success(jws.payload());
    var checks = new ArrayList<Check>();
    checks.add(Check.passed("jose.parse", "JWS compact serialization with a JSON payload"));
    checks.add(
        legacy ? HeaderChecks.legacyTyp(jws.header()) : HeaderChecks.typ(jws.header(), profile));
    checks.add(
        legacy
            ? Check.skipped("jose.header.cty", "VC-JWT 1.1 defines no cty")
            : HeaderChecks.cty(jws.header(), profile));
    Check alg = HeaderChecks.alg(jws.header());
    checks.add(alg);
    checks.add(HeaderChecks.crit(jws.header()));

    String kid = jws.header().getKeyID();
    Result<VerificationMethod> method =
        kid == null
            ? Result.failure("no kid: the verification method cannot be found")
            : resolver.resolveVerificationMethod(kid, profile.relationship());
    checks.add(
        method.succeeded()
            ? Check.passed("jose.kid", kid + " is authorised for " + profile.relationship().term())
            : Check.failed("jose.kid", method.reason()));
    checks.add(signature(jws, alg, method));

    JsonObject payload = document.succeeded() ? document.value() : jws.payload();
    Optional<String> party = partyId(payload, profile);
    checks.add(controller(method, party, profile));
    checks.add(iss(jws, party, profile));
    checks.add(legacy ? legacyClaims(document, profile) : claims(jws.payload()));
    checks.add(lifetime(jws.payload()));
    return new Outcome(checks, Optional.of(payload));
  }

  private static Check signature(CompactJws jws, Check alg, Result<VerificationMethod> method) {
    String name = "jose.signature";
    if (alg.failed() || !method.succeeded()) {
      return Check.skipped(name, "no acceptable algorithm and key to verify with");
    }
    var key = method.value().key();
    if (!key.type().jwsAlgorithm().equals(jws.header().getAlgorithm().getName())) {
      return Check.failed(
          name,
          "alg " + jws.header().getAlgorithm() + " does not match the " + key.type() + " key");
    }
    Optional<byte[]> signature = jws.signature();
    if (signature.isEmpty()) {
      return Check.failed(name, "the signature is not canonical unpadded base64url (RFC 7515 §2)");
    }
    return key.verify(jws.signingInput(), signature.get())
        ? Check.passed(name, "signature verified with " + method.value().id())
        : Check.failed(name, "signature does not verify with " + method.value().id());
  }

  private static Optional<String> partyId(JsonObject payload, JwtProfile profile) {
    JsonValue value = payload.get(profile.party());
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
      return value.asJsonObject().get("id") instanceof JsonString s
          ? Optional.of(s.getString())
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static Check controller(
      Result<VerificationMethod> method, Optional<String> party, JwtProfile profile) {
    String name = "jose.kid.controller";
    if (!method.succeeded()) {
      return Check.skipped(name, "no verification method");
    }
    if (party.isEmpty()) {
      return profile == JwtProfile.CREDENTIAL
          ? Check.failed(name, "the credential has no issuer id to bind the key to")
          : Check.skipped(name, "the presentation names no holder");
    }
    String controller = method.value().controller();
    return ControllerBinding.mismatch(method.value(), party.get(), profile.party())
        .map(why -> Check.failed(name, why))
        .orElseGet(
            () ->
                Check.passed(
                    name, "the key is controlled by the " + profile.party() + " " + controller));
  }

  /** VC-JOSE-COSE §5.1.2: {@code iss}, in the header or the claims, matches issuer (or holder). */
  private static Check iss(CompactJws jws, Optional<String> party, JwtProfile profile) {
    String name = "jose.iss";
    var values = new ArrayList<Object>();
    Object header = jws.header().getCustomParam("iss");
    if (header != null) {
      values.add(header);
    }
    if (jws.payload().get("iss") instanceof JsonString s) {
      values.add(s.getString());
    } else if (jws.payload().containsKey("iss")) {
      return Check.failed(name, "iss must be a string");
    }
    if (values.isEmpty()) {
      return Check.skipped(name, "no iss");
    }
    for (Object value : values) {
      if (party.isEmpty() || !party.get().equals(value)) {
        return Check.failed(
            name,
            "iss " + value + " does not match the " + profile.party() + " " + party.orElse(""));
      }
    }
    return Check.passed(name, "iss matches the " + profile.party());
  }

  private static Check claims(JsonObject payload) {
    return payload.containsKey("vc") || payload.containsKey("vp")
        ? Check.failed("jose.claims", "the JWT claims vc and vp must not be present")
        : Check.passed("jose.claims", "no vc or vp claim");
  }

  private static Check legacyClaims(Result<JsonObject> document, JwtProfile profile) {
    return document.succeeded()
        ? Check.passed(
            "jose.claims",
            "VC-JWT 1.1: the "
                + LegacyJwtClaims.claimOf(profile)
                + " claim, with the registered claims mapped onto it")
        : Check.failed("jose.claims", document.reason());
  }

  /** {@code exp} and {@code nbf} (RFC 7519 §4.1.4-5) bound the signature's lifetime. */
  private Check lifetime(JsonObject payload) {
    String name = "jose.lifetime";
    if (!payload.containsKey("exp") && !payload.containsKey("nbf")) {
      return Check.skipped(name, "no exp or nbf");
    }
    Instant now = clock.instant();
    for (String claim : List.of("exp", "nbf")) {
      JsonValue value = payload.get(claim);
      if (value == null) {
        continue;
      }
      if (!(value instanceof JsonNumber number)) {
        return Check.failed(name, claim + " must be a NumericDate");
      }
      Instant at = numericDate(number);
      if (claim.equals("exp") && !now.isBefore(at)) {
        return Check.failed(name, "the JWT expired at " + at);
      }
      if (claim.equals("nbf") && now.isBefore(at)) {
        return Check.failed(name, "the JWT is not valid before " + at);
      }
    }
    return Check.passed(name, "within exp/nbf");
  }

  private static Instant numericDate(JsonNumber number) {
    BigDecimal seconds = number.bigDecimalValue();
    if (seconds.compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
      return Instant.MAX;
    }
    if (seconds.compareTo(BigDecimal.valueOf(Instant.MIN.getEpochSecond())) < 0) {
      return Instant.MIN;
    }
    return Instant.ofEpochSecond(seconds.longValue());
  }
}
