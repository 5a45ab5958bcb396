package org.greenvalue.credentials.securing;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.DataIntegrityVerifier;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.jose.LegacyJwtClaims;
import org.greenvalue.credentials.jose.VcJwtVerifier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.CredentialShapeRules;
import org.greenvalue.credentials.model.ValidityPeriodRules;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.SubjectRules;

/**
 * Verifies a secured credential in whichever form it comes: a compact {@code vc+jwt} or JSON with
 * Data Integrity proofs. The report names the format, every proof check, the data model and
 * validity checks and the subject's rules.
 */
public final class CredentialVerifier {

  private final VcJwtVerifier jose;
  private final DataIntegrityVerifier dataIntegrity;
  private final ValidityPeriodRules validity;

  public CredentialVerifier(DidResolver resolver, Clock clock) {
    this.jose = new VcJwtVerifier(resolver, clock);
    this.dataIntegrity = DataIntegrity.verifier(resolver, clock);
    this.validity = new ValidityPeriodRules(clock);
  }

  public VerificationReport verify(String secured) {
    String text = secured == null ? "" : secured.strip();
    if (text.startsWith("{")) {
      var parsed = JsonDocuments.parseObject(text);
      if (!parsed.succeeded()) {
        return VerificationReport.of(Check.failed("format", parsed.reason()));
      }
      return verify(parsed.value());
    }
    VerificationReport report =
        VerificationReport.of(Check.passed("format", "compact JWS, verified as vc+jwt"))
            .and(jose.verify(text));
    return payloadOf(text)
        .map(payload -> report.and(SubjectRules.check(VerifiableCredential.of(payload))))
        .orElse(report);
  }

  /** Verifies a credential secured with Data Integrity proofs. */
  public VerificationReport verify(JsonObject credential) {
    var vc = VerifiableCredential.of(credential);
    return VerificationReport.of(
            Check.passed("format", "JSON credential with Data Integrity proof"))
        .and(dataIntegrity.verify(credential))
        .and(CredentialShapeRules.check(vc))
        .and(validity.check(vc))
        .and(SubjectRules.check(vc));
  }

  private static Optional<JsonObject> payloadOf(String jws) {
    String[] parts = jws.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      var parsed = JsonDocuments.parseObject(json);
      return parsed.succeeded()
          ? Optional.of(LegacyJwtClaims.documentOf(parsed.value()))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
