package org.greenvalue.credentials.jose;

import jakarta.json.JsonString;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.model.EnvelopedVerifiableCredential;
import org.greenvalue.credentials.model.PresentationShapeRules;
import org.greenvalue.credentials.model.PresentedCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;

/**
 * Verifies an {@code application/vp+jwt} presentation (VC-JOSE-COSE §3.1.2): the JOSE checks with
 * the key authorised for authentication and bound to the holder, the presentation's shape, then
 * every credential in it, which must be an {@code EnvelopedVerifiableCredential} of media type
 * {@code application/vc+jwt}; each is verified fully and reported as {@code
 * verifiableCredential[i].<check>}.
 */
public final class VpJwtVerifier {

  /** Most credentials verified in one presentation. */
  public static final int MAX_CREDENTIALS = 64;

  private final JwsEnvelopeChecks jose;
  private final VcJwtVerifier credentials;

  public VpJwtVerifier(DidResolver resolver, Clock clock) {
    this.jose = new JwsEnvelopeChecks(resolver, clock);
    this.credentials = new VcJwtVerifier(resolver, clock);
  }

  public VerificationReport verify(String compactJws) {
    var outcome = jose.run(compactJws, JwtProfile.PRESENTATION);
    var report = new VerificationReport(outcome.checks());
    if (outcome.payload().isEmpty()) {
      return report;
    }
    var presentation = VerifiablePresentation.of(outcome.payload().get());
    report = report.and(PresentationShapeRules.check(presentation));
    if (presentation.dataModel().orElse(null) == DataModelVersion.V1_1) {
      return report.and(legacyCredentials(presentation));
    }
    List<PresentedCredential> entries = presentation.verifiableCredentials();
    if (entries.size() > MAX_CREDENTIALS) {
      return report.and(
          VerificationReport.of(
              Check.failed(
                  "vp.verifiableCredential",
                  entries.size() + " credentials, more than " + MAX_CREDENTIALS)));
    }
    var all = new ArrayList<VerificationReport>();
    for (int i = 0; i < entries.size(); i++) {
      all.add(credential(entries.get(i)).prefixed("verifiableCredential[" + i + "]"));
    }
    for (VerificationReport each : all) {
      report = report.and(each);
    }
    return report;
  }

  /** VC DM 1.1 §6.3.1: the credentials of a 1.1 {@code vp} claim are VC-JWTs, as strings. */
  private VerificationReport legacyCredentials(VerifiablePresentation presentation) {
    var entries = presentation.verifiableCredentialEntries();
    if (entries.size() > MAX_CREDENTIALS) {
      return VerificationReport.of(
          Check.failed(
              "vp.verifiableCredential",
              entries.size() + " credentials, more than " + MAX_CREDENTIALS));
    }
    var report = new VerificationReport(List.of());
    for (int i = 0; i < entries.size(); i++) {
      VerificationReport each =
          entries.get(i) instanceof JsonString jwt
              ? credentials.verify(jwt.getString())
              : VerificationReport.of(
                  Check.failed(
                      "envelope",
                      "credentials in a VC-JWT 1.1 presentation must be JWTs (strings)"));
      report = report.and(each.prefixed("verifiableCredential[" + i + "]"));
    }
    return report;
  }

  private VerificationReport credential(PresentedCredential entry) {
    if (entry instanceof EnvelopedVerifiableCredential enveloped) {
      return enveloped.mediaType().equals(JwtProfile.CREDENTIAL.mediaType())
          ? credentials.verify(enveloped.data())
          : VerificationReport.of(
              Check.failed(
                  "envelope",
                  "media type " + enveloped.mediaType() + " is not application/vc+jwt"));
    }
    return VerificationReport.of(
        Check.failed(
            "envelope",
            "credentials in a secured presentation must be EnvelopedVerifiableCredential"
                + " (VC-JOSE-COSE §3.1.2)"));
  }
}
