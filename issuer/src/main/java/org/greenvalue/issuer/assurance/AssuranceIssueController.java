package org.greenvalue.issuer.assurance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.issuer.engagements.Engagements;
import org.greenvalue.issuer.issuing.CredentialIssuer;
import org.greenvalue.issuer.issuing.Issuance;
import org.greenvalue.issuer.issuing.IssuedCredential;
import org.greenvalue.issuer.issuing.IssuedCredentials;
import org.greenvalue.issuer.issuing.IssuedView;
import org.greenvalue.issuer.issuing.RequestBodies;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assurance credentials. The calling client must be a member of the signing organisation; the
 * assured claim must be a credential issued here by another organisation (never the signing one),
 * with an evidence pack whose Merkle root is the one the statement names; the claim's organisation
 * must have engaged the signing organisation for that pack now; and the signing organisation must
 * be accredited as an assurance provider in the registry now. A PCF credential is assured on the
 * same terms: it can be once its footprint was issued binding an evidence pack ({@code
 * evidencePack} in the footprint request), and the statement names that pack's root.
 */
@RestController
@Tag(name = "assurance", description = "Assurance statements over a claim and its evidence")
class AssuranceIssueController {
  private static final Set<String> MEMBERS = Set.of("assurance", "format", "keyType");

  private final Organisations organisations;
  private final CredentialIssuer issuer;
  private final IssuedCredentials credentials;
  private final Accreditations accreditations;
  private final Engagements engagements;

  AssuranceIssueController(
      Organisations organisations,
      CredentialIssuer issuer,
      IssuedCredentials credentials,
      Accreditations accreditations,
      Engagements engagements) {
    this.organisations = organisations;
    this.issuer = issuer;
    this.credentials = credentials;
    this.accreditations = accreditations;
    this.engagements = engagements;
  }

  @PostMapping(
      value = "/organisations/{org}/credentials/assurance",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Issue an assurance credential over a claim (issuer.assurance)",
      description =
          "Body: {\"assurance\": AssuranceStatement subject (assuredCredential digest,"
              + " evidenceMerkleRoot, level, standard, materiality, opinion, period, scope,"
              + " accreditation), \"format\": ..., \"keyType\": ...}."
              + RequestBodies.FORMAT_AND_KEY_TYPE)
  ResponseEntity<ObjectNode> issue(
      @PathVariable String org, @RequestBody String body, @AuthenticationPrincipal Jwt jwt) {
    Organisation organisation = organisations.requireMember(org, Callers.clientId(jwt));
    JsonObject request = RequestBodies.parse(body);
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    Result<AssuranceStatement> parsed =
        AssuranceStatement.parse(RequestBodies.object(request, "assurance"));
    if (!parsed.succeeded()) {
      throw Problem.invalid("invalid-assurance", parsed.reason());
    }
    AssuranceStatement statement = parsed.value();
    String claimDigest = statement.assuredCredential().toString();
    IssuedCredential claim =
        credentials
            .findByDigest(claimDigest)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "unknown-claim",
                        "no credential with digest " + claimDigest + " was issued here"));
    if (claim.orgId().equals(organisation.id())) {
      throw new Problem(
          HttpStatus.FORBIDDEN,
          "self-assurance",
          "Self-assurance",
          "the assured claim was issued by "
              + organisation.id()
              + " itself; an organisation"
              + " cannot be its own assurance provider");
    }
    engagements.requireEngaged(claim.orgId(), organisation.id(), claim.evidenceDigest());
    if (claim.evidenceRoot() == null) {
      throw Problem.invalid(
          "claim-without-evidence", "the assured credential is not bound to an evidence pack");
    }
    if (!claim.evidenceRoot().equals(statement.evidenceMerkleRoot().hex())) {
      throw Problem.invalid(
          "evidence-mismatch",
          "the statement's evidence root is not the claim's evidence pack root "
              + claim.evidenceRoot());
    }
    if (statement.assuredCredentialId().isPresent()
        && !statement.assuredCredentialId().get().equals(claim.id())) {
      throw Problem.invalid(
          "claim-id-mismatch",
          "assuredCredentialId is not the id of the credential with that digest");
    }
    accreditations.requireAssuranceProvider(organisation);
    IssuedCredential issued =
        issuer.issue(
            new Issuance(
                organisation,
                CredentialParts.of(statement).toCredentialBuilder().build(),
                SubjectKind.ASSURANCE.credentialType(),
                RequestBodies.format(request),
                RequestBodies.keyType(request),
                claim.evidenceDigest(),
                claim.evidenceRoot()));
    return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.summary(issued, "QUEUED"));
  }
}
