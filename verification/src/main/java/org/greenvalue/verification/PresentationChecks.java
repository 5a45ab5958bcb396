package org.greenvalue.verification;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.DataIntegrityVerifier;
import org.greenvalue.credentials.dataintegrity.ProofExpectations;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.jose.VpJwtVerifier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.EmbeddedCredential;
import org.greenvalue.credentials.model.EnvelopedVerifiableCredential;
import org.greenvalue.credentials.model.PresentationShapeRules;
import org.greenvalue.credentials.model.PresentedCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;
import org.greenvalue.credentials.subject.SubjectKind;

/**
 * The presentation's own checks: proof (authentication, by the holder's key), shape, holder
 * binding, challenge and domain; and the secured credentials it carries, for full verification.
 */
final class PresentationChecks {

  /** The presentation checks and the credentials found in it, each in its secured form. */
  record Outcome(VerificationReport report, List<String> credentials, List<String> gaps) {}

  private static final String VC_JWT = "application/vc+jwt";

  private final VpJwtVerifier jwts;
  private final DataIntegrityVerifier proofs;

  PresentationChecks(DidResolver dids, Clock clock) {
    this.jwts = new VpJwtVerifier(dids, clock);
    this.proofs = DataIntegrity.verifier(dids, clock);
  }

  static boolean isAssurance(Claim claim) {
    return claim.kind().equals(Optional.of(SubjectKind.ASSURANCE));
  }

  Outcome check(PresentationRequest request) {
    String text = request.presentation().strip();
    Optional<JsonObject> json = CredentialJson.payload(text);
    if (json.isEmpty()) {
      return new Outcome(
          VerificationReport.of(
              Check.failed("presentation.format", "neither a compact JWS (vp+jwt) nor JSON")),
          List.of(),
          List.of());
    }
    var vp = VerifiablePresentation.of(json.get());
    var checks = new ArrayList<Check>();
    if (text.startsWith("{")) {
      var expected =
          new ProofExpectations(
              VerificationRelationship.AUTHENTICATION, request.domain(), request.challenge());
      checks.addAll(proofs.verify(json.get(), expected).checks());
      checks.addAll(PresentationShapeRules.check(vp).checks());
      checks.add(holderBinding(vp));
      if (request.challenge().isEmpty()) {
        checks.add(
            Check.skipped(
                "challenge", "no challenge was issued: the presentation may be a replay"));
      }
      if (request.domain().isEmpty()) {
        checks.add(Check.skipped("domain", "no domain was given"));
      }
    } else {
      VerificationReport jose = jwts.verify(text);
      jose.checks().stream()
          .filter(
              c -> !c.name().startsWith("verifiableCredential[") || c.name().endsWith(".envelope"))
          .forEach(checks::add);
      Check controller = jose.check("jose.kid.controller").orElse(Check.skipped("x", "no key"));
      checks.add(new Check("holder-binding", controller.outcome(), controller.reason()));
      checks.add(claim("challenge", "nonce", request.challenge(), json.get()));
      checks.add(claim("domain", "aud", request.domain(), json.get()));
    }
    var report = new VerificationReport(checks).prefixed("presentation");
    List<String> gaps =
        report.checks().stream()
            .filter(c -> c.outcome() == Check.Outcome.SKIPPED)
            .map(Check::name)
            .filter(
                n ->
                    n.equals("presentation.challenge")
                        || n.equals("presentation.domain")
                        || n.equals("presentation.holder-binding"))
            .toList();
    return new Outcome(report, credentials(vp), gaps);
  }

  /** Every proof on the presentation is made with a key of its holder. */
  private static Check holderBinding(VerifiablePresentation vp) {
    if (vp.holderId().isEmpty()) {
      return Check.skipped("holder-binding", "the presentation names no holder");
    }
    String holder = vp.holderId().get();
    for (JsonObject proof : vp.proofs()) {
      String method = proof.getString("verificationMethod", "");
      if (!method.startsWith(holder + "#")) {
        return Check.failed(
            "holder-binding", "proof by " + method + " is not a key of the holder " + holder);
      }
    }
    return Check.passed("holder-binding", "signed with a key of the holder " + holder);
  }

  /** The JWT claim ({@code nonce} or {@code aud}) equals, or for aud contains, what was asked. */
  private static Check claim(
      String name, String member, Optional<String> wanted, JsonObject payload) {
    if (wanted.isEmpty()) {
      return Check.skipped(
          name,
          name.equals("challenge")
              ? "no challenge was issued: the presentation may be a replay"
              : "no domain was given");
    }
    JsonValue value = payload.get(member);
    List<String> stated = new ArrayList<>();
    if (value instanceof JsonString s) {
      stated.add(s.getString());
    } else if (value instanceof JsonArray array) {
      array.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .forEach(stated::add);
    }
    return Check.of(
        name,
        stated.contains(wanted.get()),
        member + " matches " + wanted.get(),
        member + " " + stated + " does not match " + wanted.get());
  }

  private static List<String> credentials(VerifiablePresentation vp) {
    var out = new ArrayList<String>();
    for (PresentedCredential entry : vp.verifiableCredentials()) {
      switch (entry) {
        case EnvelopedVerifiableCredential enveloped -> {
          if (enveloped.mediaType().equals(VC_JWT)) {
            out.add(enveloped.data());
          }
        }
        case EmbeddedCredential embedded ->
            out.add(JsonDocuments.write(embedded.credential().json()));
      }
    }
    return out.size() > VpJwtVerifier.MAX_CREDENTIALS
        ? out.subList(0, VpJwtVerifier.MAX_CREDENTIALS)
        : out;
  }
}
