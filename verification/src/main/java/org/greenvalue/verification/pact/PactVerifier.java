package org.greenvalue.verification.pact;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.subject.footprint.CredentialExtension;
import org.greenvalue.credentials.subject.footprint.GreenValueExtension;
import org.greenvalue.verification.AssuredEvidence;
import org.greenvalue.verification.CredentialJson;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;

/**
 * Pulls a supplier's footprints and verifies what each carries: with the {@link
 * GreenValueExtension}, the footprint's credential with its assurances and each ΔCO2 credential
 * with its assurances, each through the whole engine; with the older {@link CredentialExtension}
 * (footprints stored before), the footprint's credential alone. Plus the bindings: the credential's
 * subject is this footprint ({@code pact.footprint-matches}: equal JSON once both extensions are
 * set aside), and each ΔCO2 credential is the same issuer's, for one of the footprint's products
 * ({@code pact.reduction[i].matches}). A ΔCO2's evidence pack never travels over PACT: when its
 * assurance passed over the same root, the missing pack is not a gap ({@link AssuredEvidence}). The
 * footprint's verification holds every check (a ΔCO2 credential's prefixed {@code reduction[i].}),
 * so its verdict is the weakest of them; {@code credentials} keeps each credential's own.
 */
public final class PactVerifier {

  /**
   * One credential the footprint carries ({@code role}: footprint or reduction) and its outcome.
   */
  public record CredentialResult(String role, Optional<String> id, Verification verification) {}

  /**
   * One footprint's outcome; {@code verification} is empty when it carries no credential, else the
   * combination of {@code credentials} and the PACT bindings.
   */
  public record FootprintResult(
      String footprintId, Optional<Verification> verification, List<CredentialResult> credentials) {
    public FootprintResult {
      credentials = List.copyOf(credentials);
    }
  }

  private final PactClient client;
  private final VerificationEngine engine;

  public PactVerifier(PactClient client, VerificationEngine engine) {
    this.client = client;
    this.engine = engine;
  }

  public Result<List<FootprintResult>> verify(PactHost host, int limit) {
    return client
        .footprints(host, limit)
        .map(footprints -> footprints.stream().map(this::one).toList());
  }

  FootprintResult one(JsonObject footprint) {
    String id = footprint.getString("id", "");
    Optional<GreenValueExtension.Contents> contents = GreenValueExtension.of(footprint);
    Optional<String> secured =
        contents
            .map(GreenValueExtension.Contents::credential)
            .or(() -> CredentialExtension.credentialOf(footprint));
    if (secured.isEmpty()) {
      return new FootprintResult(id, Optional.empty(), List.of());
    }
    CredentialRequest request = CredentialRequest.of(secured.get());
    for (String assurance : contents.map(c -> c.assurances()).orElse(List.of())) {
      request = request.withAssurance(assurance);
    }
    Verification own = engine.verify(request);
    List<CredentialResult> credentials = new ArrayList<>();
    credentials.add(new CredentialResult("footprint", own.facts().credentialId(), own));
    var checks = new ArrayList<>(own.report().checks());
    var gaps = new ArrayList<>(own.gaps());
    checks.add(binding(footprint, secured.get()));
    List<GreenValueExtension.Reduction> reductions =
        contents.map(GreenValueExtension.Contents::reductions).orElse(List.of());
    for (int i = 0; i < reductions.size(); i++) {
      GreenValueExtension.Reduction reduction = reductions.get(i);
      CredentialRequest r = CredentialRequest.of(reduction.credential());
      for (String assurance : reduction.assurances()) {
        r = r.withAssurance(assurance);
      }
      Verification v = AssuredEvidence.assured(engine.verify(r));
      credentials.add(new CredentialResult("reduction", v.facts().credentialId(), v));
      String prefix = "reduction[" + i + "]";
      checks.addAll(v.report().prefixed(prefix).checks());
      v.gaps().forEach(g -> gaps.add(prefix + "." + g));
      checks.add(ReductionBinding.check(prefix, footprint, secured.get(), reduction.credential()));
    }
    return new FootprintResult(
        id,
        Optional.of(new Verification(new VerificationReport(checks), own.facts(), gaps)),
        credentials);
  }

  private static Check binding(JsonObject footprint, String secured) {
    String name = "pact.footprint-matches";
    Optional<JsonObject> subject =
        CredentialJson.payload(secured)
            .filter(c -> c.get("credentialSubject") instanceof JsonObject)
            .map(c -> c.getJsonObject("credentialSubject"))
            .filter(s -> s.get("productFootprint") instanceof JsonObject)
            .map(s -> s.getJsonObject("productFootprint"));
    if (subject.isEmpty()) {
      return Check.failed(name, "the credential holds no productFootprint");
    }
    boolean same =
        GreenValueExtension.withoutOurs(subject.get())
            .equals(GreenValueExtension.withoutOurs(footprint));
    return Check.of(
        name,
        same,
        "the credential's subject is this footprint",
        "the footprint served differs from the one the credential signs");
  }
}
