package org.greenvalue.credentials.subject;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.retirement.RetirementCertificate;

/**
 * Checks the subjects of a credential of one of our kinds against that kind's rules (PACT schema,
 * ΔCO2 arithmetic and upstream references, assurance vocabulary, retirement quantity, custody
 * transfer), one check per subject. The kind is chosen by the IRI the credential's type expands to,
 * not by its bare name ({@link Vocabulary}).
 */
public final class SubjectRules {

  private SubjectRules() {}

  /** The parser of each kind's subject. */
  public static Function<JsonObject, Result<? extends CredentialSubject>> parserOf(
      SubjectKind kind) {
    return switch (kind) {
      case PRODUCT_CARBON_FOOTPRINT -> ProductFootprint::fromSubject;
      case EMISSION_REDUCTION -> EmissionReduction::parse;
      case ASSURANCE -> AssuranceStatement::parse;
      case RETIREMENT_CERTIFICATE -> RetirementCertificate::parse;
      case CUSTODY_TRANSFER -> CustodyTransfer::parse;
    };
  }

  /**
   * The subject checks. Only a type that expands to our vocabulary ({@link Vocabulary}) selects our
   * rules; any other credential is a generic one and gets a single SKIPPED {@code subject} check
   * saying the rules do not apply.
   */
  public static VerificationReport check(VerifiableCredential credential) {
    return check(credential, Vocabulary.of(credential));
  }

  /** {@link #check(VerifiableCredential)} with the credential's types already resolved. */
  public static VerificationReport check(VerifiableCredential credential, Vocabulary.Types types) {
    var kinds = types.kinds();
    if (kinds.isEmpty()) {
      return VerificationReport.of(
          Check.skipped(
              "subject",
              types
                  .foreignLookalike()
                  .map(why -> "not applicable: " + why + "; verified as a generic credential")
                  .orElse("not a Green Value credential kind; subject rules not applied")));
    }
    if (kinds.size() > 1) {
      return VerificationReport.of(
          Check.failed("subject", "credential claims more than one kind: " + kinds));
    }
    SubjectKind kind = kinds.getFirst();
    List<JsonObject> subjects = credential.credentialSubjects();
    var checks = new ArrayList<Check>();
    if (subjects.isEmpty()) {
      checks.add(Check.failed("subject", "no credentialSubject"));
    }
    for (int i = 0; i < subjects.size(); i++) {
      String name = subjects.size() == 1 ? "subject" : "subject[" + i + "]";
      Result<? extends CredentialSubject> parsed = parserOf(kind).apply(subjects.get(i));
      checks.add(
          parsed.succeeded()
              ? Check.passed(name, kind.subjectType() + " satisfies its rules")
              : Check.failed(name, kind.subjectType() + ": " + parsed.reason()));
    }
    return new VerificationReport(checks);
  }
}
