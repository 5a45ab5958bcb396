package org.greenvalue.registry.greenvalue;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.registry.greenvalue.VerifierConfiguration.ClaimCredentialVerifier;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Everything a ΔCO2 claim must pass before a lot is minted from it, in order: both credentials
 * verify (proof, data model, validity, subject rules), are of the right kind, are not revoked or
 * suspended in this registry's status lists, their issuers are trusted for their types, the
 * assurance covers the claim and its evidence, and the claim's digest is anchored. The first
 * failure is a 4xx problem; nothing has been written by then.
 */
@Service
class ClaimChecks {
  private final ClaimCredentialVerifier verifier;
  private final IssuerTrust trust;
  private final CredentialStatusCheck status;
  private final AnchorCheck anchors;

  ClaimChecks(
      ClaimCredentialVerifier verifier,
      IssuerTrust trust,
      CredentialStatusCheck status,
      AnchorCheck anchors) {
    this.verifier = verifier;
    this.trust = trust;
    this.status = status;
    this.anchors = anchors;
  }

  VerifiedClaim check(MintLotRequest request, URI requestBase) {
    SecuredCredential claim =
        SecuredCredential.read("reductionCredential", request.reductionCredential());
    SecuredCredential assurance =
        SecuredCredential.read("assuranceCredential", request.assuranceCredential());
    requireVerified(claim);
    requireVerified(assurance);
    EmissionReduction reduction =
        subject(claim, SubjectKind.EMISSION_REDUCTION, EmissionReduction::parse);
    AssuranceStatement statement =
        subject(assurance, SubjectKind.ASSURANCE, AssuranceStatement::parse);
    status.requireInForce(claim, requestBase);
    status.requireInForce(assurance, requestBase);
    trust.requireTrusted(claim, SubjectKind.EMISSION_REDUCTION);
    trust.requireTrusted(assurance, SubjectKind.ASSURANCE);
    requireCovers(statement, claim, reduction);
    anchors.requireAnchored(claim.digest(), request.anchorReceipt());
    BigInteger grams = Tonnes.toGrams(reduction.reduction(), "the credential's reduction");
    return new VerifiedClaim(
        claim.digest(), claim.credential().id().orElse(null), reduction, grams);
  }

  private void requireVerified(SecuredCredential credential) {
    VerificationReport report = credential.verify(verifier.verifier());
    if (!report.valid()) {
      List<Map<String, String>> failures =
          report.failures().stream()
              .map(c -> Map.of("check", c.name(), "reason", String.valueOf(c.reason())))
              .toList();
      throw new Problem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "credential-not-verified",
          "Credential does not verify",
          credential.field()
              + " does not verify: "
              + report.failures().stream().map(Check::name).toList(),
          Map.of("failures", failures));
    }
  }

  private static <T> T subject(
      SecuredCredential credential, SubjectKind kind, Function<JsonObject, Result<T>> parser) {
    if (!credential.credential().types().contains(kind.credentialType())) {
      throw Problem.invalid(
          "wrong-credential-type", credential.field() + " must be a " + kind.credentialType());
    }
    List<JsonObject> subjects = credential.credential().credentialSubjects();
    if (subjects.size() != 1) {
      throw Problem.invalid(
          "wrong-credential-type", credential.field() + " must have exactly one subject");
    }
    Result<T> parsed = parser.apply(subjects.getFirst());
    if (!parsed.succeeded()) {
      throw Problem.invalid("invalid-subject", credential.field() + ": " + parsed.reason());
    }
    return parsed.value();
  }

  private static void requireCovers(
      AssuranceStatement statement, SecuredCredential claim, EmissionReduction reduction) {
    if (!statement.assuredCredential().equals(claim.digest())) {
      throw Problem.invalid(
          "assurance-does-not-cover",
          "the assurance is about "
              + statement.assuredCredential()
              + ", not the reduction credential "
              + claim.digest());
    }
    if (!statement.evidenceMerkleRoot().equals(reduction.evidence().merkleRoot())) {
      throw Problem.invalid(
          "assurance-does-not-cover",
          "the assurance inspected another evidence pack than the one the reduction names");
    }
    if (statement.opinion() == AssuranceOpinion.ADVERSE
        || statement.opinion() == AssuranceOpinion.DISCLAIMER) {
      throw Problem.invalid(
          "assurance-opinion", "an " + statement.opinion().wireName() + " opinion assures nothing");
    }
  }
}
