package org.greenvalue.credentials.jose;

import java.time.Clock;
import java.util.Objects;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.model.CredentialShapeRules;
import org.greenvalue.credentials.model.ValidityPeriodRules;
import org.greenvalue.credentials.model.VerifiableCredential;

/**
 * Verifies an {@code application/vc+jwt} credential (VC-JOSE-COSE §3.1.1): the JOSE checks (header,
 * key resolved through the DID resolver and authorised for assertionMethod, signature, key
 * controller and {@code iss} bound to the issuer), then the credential's shape (VC DM 2.0 §4) and
 * its validity period against the clock. Configure once, use from many threads.
 */
public final class VcJwtVerifier {

  private final JwsEnvelopeChecks jose;
  private final ValidityPeriodRules validity;

  public VcJwtVerifier(DidResolver resolver, Clock clock) {
    this.jose = new JwsEnvelopeChecks(resolver, clock);
    this.validity = new ValidityPeriodRules(clock);
  }

  public VerificationReport verify(String compactJws) {
    return report(jose.run(compactJws, JwtProfile.CREDENTIAL));
  }

  /** The same checks on a token the caller has parsed already, to read its payload. */
  public VerificationReport verify(CompactJws jws) {
    return report(jose.run(Objects.requireNonNull(jws, "jws"), JwtProfile.CREDENTIAL));
  }

  private VerificationReport report(JwsEnvelopeChecks.Outcome outcome) {
    var report = new VerificationReport(outcome.checks());
    if (outcome.payload().isEmpty()) {
      return report;
    }
    var credential = VerifiableCredential.of(outcome.payload().get());
    return report.and(CredentialShapeRules.check(credential)).and(validity.check(credential));
  }
}
