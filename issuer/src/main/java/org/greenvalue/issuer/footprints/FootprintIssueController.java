package org.greenvalue.issuer.footprints;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
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

@RestController
@Tag(name = "footprints", description = "PCF credentials from PACT v3 ProductFootprints")
class FootprintIssueController {
  private static final Set<String> MEMBERS =
      Set.of("footprint", "format", "keyType", "evidencePack");

  private final Organisations organisations;
  private final CredentialIssuer issuer;
  private final FootprintStore footprints;
  private final EvidenceBindings evidence;

  FootprintIssueController(
      Organisations organisations,
      CredentialIssuer issuer,
      FootprintStore footprints,
      EvidenceBindings evidence) {
    this.organisations = organisations;
    this.issuer = issuer;
    this.footprints = footprints;
    this.evidence = evidence;
  }

  @PostMapping(
      value = "/organisations/{org}/credentials/footprint",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Issue a PCF credential from a PACT v3 ProductFootprint (issuer.supplier)",
      description =
          "Body: {\"footprint\": ProductFootprint, \"format\": ..., \"keyType\": ...}."
              + RequestBodies.FORMAT_AND_KEY_TYPE
              + " Optional \"evidencePack\": {\"manifestDigest\", \"merkleRoot\"} of a pack of this"
              + " organisation stored here, which an assurance provider then assures the PCF"
              + " against. The footprint is then served on the PACT API with the green value"
              + " extension.")
  ResponseEntity<ObjectNode> issue(
      @PathVariable String org, @RequestBody String body, @AuthenticationPrincipal Jwt jwt) {
    Organisation organisation = organisations.requireMember(org, Callers.clientId(jwt));
    JsonObject request = RequestBodies.parse(body);
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    JsonObject document = RequestBodies.object(request, "footprint");
    Result<ProductFootprint> parsed = ProductFootprint.parse(document);
    if (!parsed.succeeded()) {
      throw Problem.badRequest("invalid-footprint", parsed.reason());
    }
    ProductFootprint footprint = parsed.value();
    if (footprints.exists(footprint.id())) {
      throw Problem.conflict(
          "footprint-exists", "a footprint with id " + footprint.id() + " was already issued");
    }
    StoredPack pack =
        request.containsKey("evidencePack")
            ? evidence.require(organisation, binding(request.get("evidencePack")))
            : null;
    IssuedCredential issued =
        issuer.issue(
            new Issuance(
                organisation,
                CredentialParts.of(footprint).toCredentialBuilder().build(),
                SubjectKind.PRODUCT_CARBON_FOOTPRINT.credentialType(),
                RequestBodies.format(request),
                RequestBodies.keyType(request),
                pack == null ? null : pack.manifestDigest(),
                pack == null ? null : pack.merkleRoot()),
            credential -> footprints.insert(footprint, credential));
    return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.summary(issued, "QUEUED"));
  }

  /** The request's {@code evidencePack}: {@code {"manifestDigest", "merkleRoot"}}, else 400. */
  private static EvidenceBinding binding(JsonValue value) {
    if (value instanceof JsonObject o
        && o.size() == 2
        && o.get("manifestDigest") instanceof JsonString digest
        && o.get("merkleRoot") instanceof JsonString root) {
      Result<Sha256Digest> d = Sha256Digest.parse(digest.getString());
      Result<MerkleRoot> r = MerkleRoot.parse(root.getString());
      if (d.succeeded() && r.succeeded()) {
        return new EvidenceBinding(d.value(), r.value());
      }
    }
    throw Problem.badRequest(
        "invalid-evidence-pack",
        "evidencePack is {\"manifestDigest\": \"sha256:<hex>\", \"merkleRoot\": \"<hex>\"}");
  }
}
