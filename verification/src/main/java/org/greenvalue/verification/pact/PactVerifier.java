package org.greenvalue.verification.pact;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.subject.footprint.CredentialExtension;
import org.greenvalue.verification.CredentialJson;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;

/**
 * Pulls a supplier's footprints and verifies the credential each carries in its {@link
 * CredentialExtension}, plus the binding: the credential's subject is this footprint ({@code
 * pact.footprint-matches}: equal JSON once our extension is set aside).
 */
public final class PactVerifier {

  /** One footprint's outcome; {@code verification} is empty when it carries no credential. */
  public record FootprintResult(String footprintId, Optional<Verification> verification) {}

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
    Optional<String> secured = CredentialExtension.credentialOf(footprint);
    if (secured.isEmpty()) {
      return new FootprintResult(id, Optional.empty());
    }
    Verification v = engine.verify(CredentialRequest.of(secured.get()));
    Check binding = binding(footprint, secured.get());
    var checks = new ArrayList<>(v.report().checks());
    checks.add(binding);
    return new FootprintResult(
        id, Optional.of(new Verification(new VerificationReport(checks), v.facts(), v.gaps())));
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
        CredentialExtension.withoutCredential(subject.get())
            .equals(CredentialExtension.withoutCredential(footprint));
    return Check.of(
        name,
        same,
        "the credential's subject is this footprint",
        "the footprint served differs from the one the credential signs");
  }
}
