package org.greenvalue.credentials.subject;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.retirement.RetirementCertificate;

/**
 * Checks the subjects of a credential of one of our kinds against that kind's rules (PACT schema,
 * ΔCO2 arithmetic, assurance vocabulary, retirement quantity), one check per subject.
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
    };
  }

  public static VerificationReport check(VerifiableCredential credential) {
    var kinds =
        Arrays.stream(SubjectKind.values())
            .filter(k -> credential.types().contains(k.credentialType()))
            .toList();
    if (kinds.isEmpty()) {
      return VerificationReport.of(
          Check.skipped("subject", "not a Green Value credential kind; subject rules not applied"));
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
