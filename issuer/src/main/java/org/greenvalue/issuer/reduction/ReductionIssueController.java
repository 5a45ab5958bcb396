package org.greenvalue.issuer.reduction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.issuer.issuing.CredentialIssuer;
import org.greenvalue.issuer.issuing.EvidenceBindings;
import org.greenvalue.issuer.issuing.Issuance;
import org.greenvalue.issuer.issuing.IssuedCredential;
import org.greenvalue.issuer.issuing.IssuedView;
import org.greenvalue.issuer.issuing.RequestBodies;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.issuer.packs.StoredPack;
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
 * ΔCO2 credentials. The library reads the subject and checks its arithmetic (reduction = baseline −
 * project, exactly); the issuer checks that the evidence pack it names is one this organisation
 * stored here, with the same Merkle root. A ΔCO2 with {@code upstream} references gets its id first
 * and is stored only once the registry has recorded its claim on each referenced allocation ({@link
 * UpstreamClaims}, run in the storing transaction after the signature).
 */
@RestController
@Tag(name = "reductions", description = "ΔCO2 credentials bound to an evidence pack")
class ReductionIssueController {
  private static final Set<String> MEMBERS = Set.of("reduction", "format", "keyType");

  private final Organisations organisations;
  private final CredentialIssuer issuer;
  private final EvidenceBindings evidence;
  private final UpstreamClaims upstream;

  ReductionIssueController(
      Organisations organisations,
      CredentialIssuer issuer,
      EvidenceBindings evidence,
      UpstreamClaims upstream) {
    this.organisations = organisations;
    this.issuer = issuer;
    this.evidence = evidence;
    this.upstream = upstream;
  }

  @PostMapping(
      value = "/organisations/{org}/credentials/reduction",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Issue a ΔCO2 credential bound to a stored evidence pack (issuer.supplier)",
      description =
          "Body: {\"reduction\": EmissionReduction subject (with evidencePack.manifestDigest and"
              + " .merkleRoot), \"format\": ..., \"keyType\": ...}."
              + RequestBodies.FORMAT_AND_KEY_TYPE)
  ResponseEntity<ObjectNode> issue(
      @PathVariable String org, @RequestBody String body, @AuthenticationPrincipal Jwt jwt) {
    Organisation organisation = organisations.requireMember(org, Callers.clientId(jwt));
    JsonObject request = RequestBodies.parse(body);
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    JsonObject subject = RequestBodies.object(request, "reduction");
    Result<EmissionReduction> parsed = EmissionReduction.parse(subject);
    if (!parsed.succeeded()) {
      throw Problem.invalid("invalid-reduction", parsed.reason());
    }
    EmissionReduction reduction = parsed.value();
    StoredPack pack = evidence.require(organisation, reduction);
    List<UpstreamClaims.Reference> references = UpstreamClaims.of(subject);
    // the id is fixed first, so the registry's claims and the credential name the same one
    String id = "urn:uuid:" + UUID.randomUUID();
    IssuedCredential issued =
        issuer.issue(
            new Issuance(
                organisation,
                CredentialParts.of(reduction).toCredentialBuilder().add("id", id).build(),
                SubjectKind.EMISSION_REDUCTION.credentialType(),
                RequestBodies.format(request),
                RequestBodies.keyType(request),
                pack.manifestDigest(),
                pack.merkleRoot()),
            credential -> upstream.claim(references, credential.id()));
    return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.summary(issued, "QUEUED"));
  }
}
