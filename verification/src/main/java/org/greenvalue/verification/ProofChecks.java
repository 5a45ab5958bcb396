package org.greenvalue.verification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.DataIntegrityVerifier;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.jose.VcJwtVerifier;
import org.greenvalue.credentials.model.CredentialShapeRules;
import org.greenvalue.credentials.model.ValidityPeriodRules;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.SubjectRules;

/**
 * The credential's own checks, as {@code CredentialVerifier} reports them (format, proof or JOSE
 * checks, data model, validity, subject rules), computed on the already parsed {@link Claim} so the
 * JSON and the subject are read once per verification.
 */
final class ProofChecks {

  private final VcJwtVerifier jose;
  private final DataIntegrityVerifier dataIntegrity;
  private final ValidityPeriodRules validity;

  ProofChecks(DidResolver resolver, Clock clock) {
    this.jose = new VcJwtVerifier(resolver, clock);
    this.dataIntegrity = DataIntegrity.verifier(resolver, clock);
    this.validity = new ValidityPeriodRules(clock);
  }

  VerificationReport check(Claim claim) {
    VerificationReport report;
    if (claim.jws()) {
      report =
          VerificationReport.of(Check.passed("format", "compact JWS, verified as vc+jwt"))
              .and(
                  claim.parsedJws().isPresent()
                      ? jose.verify(claim.parsedJws().get())
                      : jose.verify(claim.secured()));
    } else {
      report =
          VerificationReport.of(Check.passed("format", "JSON credential with Data Integrity proof"))
              .and(dataIntegrity.verify(claim.credential().json()))
              .and(CredentialShapeRules.check(claim.credential()))
              .and(validity.check(claim.credential()));
    }
    return report.and(subject(claim));
  }

  /**
   * {@link SubjectRules#check}, reusing the types the claim resolved and the subject it parsed when
   * it has one: our rules only for a type of our vocabulary.
   */
  private static VerificationReport subject(Claim claim) {
    if (claim.subject().isEmpty() || claim.kind().isEmpty() || claim.types().kinds().size() > 1) {
      return SubjectRules.check(claim.credential(), claim.types());
    }
    Result<? extends CredentialSubject> parsed = claim.subject().get();
    String type = claim.kind().get().subjectType();
    List<Check> checks = new ArrayList<>(1);
    checks.add(
        parsed.succeeded()
            ? Check.passed("subject", type + " satisfies its rules")
            : Check.failed("subject", type + ": " + parsed.reason()));
    return new VerificationReport(checks);
  }
}
