package org.greenvalue.verification;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.jose.CompactJws;
import org.greenvalue.credentials.jose.LegacyJwtClaims;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.SubjectRules;
import org.greenvalue.credentials.subject.Vocabulary;

/**
 * A credential as the rules read it: its JSON (the JWS payload for vc+jwt), its digest, issuer,
 * issuance time, its types as resolved against its context ({@link Vocabulary}: a kind is ours only
 * when its type expands to our IRI) and, for our kinds, its parsed subject. A vc+jwt keeps its
 * parse ({@code parsedJws}), which the proof check verifies; it is empty for JSON and for a token
 * only the lenient read could split.
 */
record Claim(
    String secured,
    Optional<CompactJws> parsedJws,
    VerifiableCredential credential,
    Result<Sha256Digest> digest,
    Optional<String> issuer,
    Instant issuedAt,
    Optional<SubjectKind> kind,
    Optional<Result<? extends CredentialSubject>> subject,
    Vocabulary.Types types) {

  /** Reads a secured credential; empty when it is neither a JWS nor a JSON object. */
  static Optional<Claim> read(String secured, Instant now) {
    String text = secured.strip();
    // A JWS is parsed once here and verified from this parse; a token the strict parse refuses is
    // still read leniently, so that its proof check, not this read, says what is wrong with it.
    Optional<CompactJws> jws =
        text.startsWith("{") ? Optional.empty() : CompactJws.parse(text).toOptional();
    Optional<JsonObject> json =
        jws.isPresent()
            ? Optional.of(LegacyJwtClaims.documentOf(jws.get().payload()))
            : CredentialJson.payload(text);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    var vc = VerifiableCredential.of(json.get());
    Result<Sha256Digest> digest =
        text.startsWith("{")
            ? SecuredCredentialDigests.ofSecuredJson(json.get())
            : SecuredCredentialDigests.ofCompactJws(text);
    // Our kind only when the type expands to our vocabulary, not by its bare name.
    Vocabulary.Types types = Vocabulary.of(vc);
    Optional<SubjectKind> kind = types.kinds().stream().findFirst();
    Optional<Result<? extends CredentialSubject>> subject =
        kind.filter(k -> vc.credentialSubjects().size() == 1)
            .map(k -> SubjectRules.parserOf(k).apply(vc.credentialSubjects().getFirst()));
    return Optional.of(
        new Claim(text, jws, vc, digest, vc.issuerId(), issuedAt(vc, now), kind, subject, types));
  }

  /** validFrom (issuanceDate for VC DM 1.1); else the first proof's {@code created}; else now. */
  private static Instant issuedAt(VerifiableCredential vc, Instant now) {
    if (vc.validityStart().isPresent()) {
      return vc.validityStart().get();
    }
    List<JsonObject> proofs = vc.proofs();
    if (!proofs.isEmpty() && proofs.getFirst().get("created") instanceof JsonString created) {
      try {
        return Instant.parse(created.getString());
      } catch (java.time.format.DateTimeParseException e) {
        return now;
      }
    }
    return now;
  }

  /**
   * The credential type trust is asked about: our kind's type, else the last of its types in our
   * vocabulary (e.g. {@code TrustListCredential}); empty for a credential with no type of ours, to
   * which our accreditations do not apply.
   */
  Optional<String> trustType() {
    if (kind.isPresent()) {
      return Optional.of(kind.get().credentialType());
    }
    List<String> ours = types.ours();
    return ours.isEmpty() ? Optional.empty() : Optional.of(ours.getLast());
  }

  /** Why our domain checks do not apply, for a credential with no type of our vocabulary. */
  String notOurs() {
    return "not applicable: "
        + types
            .foreignLookalike()
            .orElse("no type of the credential is in the Green Value vocabulary")
        + "; verified as a generic credential";
  }

  /**
   * How it is secured: {@code vc+jwt} or {@code vc-jwt-1.1} for a JWS, else each proof's
   * cryptosuite, or its type when it names none (the legacy types).
   */
  List<String> proofTypes() {
    if (jws()) {
      return List.of(
          credential.dataModel().orElse(null) == DataModelVersion.V1_1
              ? LegacyJwtClaims.FORMAT
              : SecuringFormat.VC_JWT.label());
    }
    return credential.proofs().stream()
        .map(
            p ->
                p.get("cryptosuite") instanceof JsonString suite
                    ? suite.getString()
                    : p.get("type") instanceof JsonString type ? type.getString() : "unknown")
        .toList();
  }

  /** Whether it came as a compact JWS ({@code vc+jwt}) rather than Data Integrity JSON. */
  boolean jws() {
    return !secured.startsWith("{");
  }

  <T> Optional<T> subjectAs(Class<T> type) {
    return subject
        .filter(Result::succeeded)
        .map(Result::value)
        .filter(type::isInstance)
        .map(type::cast);
  }

  /**
   * The verification methods the proofs name: each Data Integrity proof's {@code
   * verificationMethod}, or the JWS header's {@code kid}; a relative {@code #fragment} is taken
   * against the issuer.
   */
  List<String> verificationMethods() {
    List<String> methods =
        jws()
            ? jwsKid().stream().toList()
            : credential.proofs().stream()
                .map(p -> p.get("verificationMethod"))
                .filter(JsonString.class::isInstance)
                .map(k -> ((JsonString) k).getString())
                .toList();
    return methods.stream().map(m -> m.startsWith("#") ? issuer.orElse("") + m : m).toList();
  }

  /** The JWS header's {@code kid}: from the kept parse, else from the header read leniently. */
  private Optional<String> jwsKid() {
    if (parsedJws.isPresent()) {
      return Optional.ofNullable(parsedJws.get().header().getKeyID());
    }
    return CredentialJson.jwsHeader(secured)
        .map(h -> h.get("kid"))
        .filter(JsonString.class::isInstance)
        .map(k -> ((JsonString) k).getString());
  }
}
