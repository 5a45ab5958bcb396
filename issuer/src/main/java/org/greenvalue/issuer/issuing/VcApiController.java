package org.greenvalue.issuer.issuing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * VC-API issuing: {@code {credential, options}} → 201 {@code {verifiableCredential}}. The
 * credential's {@code issuer} names the organisation (the caller must be one of its clients). A
 * malformed request is a 400; a well-formed credential that cannot be issued (unknown issuer, a
 * subject that breaks its rules, evidence that does not match) a 422.
 */
@RestController
@Tag(name = "VC-API", description = "W3C VC-API issue and status endpoints")
class VcApiController {
  private static final Set<String> MEMBERS = Set.of("credential", "options");
  private static final Set<String> OPTIONS = Set.of("format", "keyType", "mandatoryPointers");

  private final Organisations organisations;
  private final CredentialIssuer issuer;
  private final EvidenceBindings evidence;

  VcApiController(Organisations organisations, CredentialIssuer issuer, EvidenceBindings evidence) {
    this.organisations = organisations;
    this.issuer = issuer;
    this.evidence = evidence;
  }

  @PostMapping(value = "/credentials/issue", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "VC-API issue: {credential, options:{format, keyType, mandatoryPointers}} →"
              + " {verifiableCredential}",
      description =
          "vc+jwt answers with an EnvelopedVerifiableCredential (data: URL); Data Integrity"
              + " formats with the credential and its proof. Assurance credentials use"
              + " /organisations/{org}/credentials/assurance (accreditation is checked there)."
              + " In options,"
              + RequestBodies.FORMAT_AND_KEY_TYPE)
  ResponseEntity<ObjectNode> issue(@RequestBody String body, @AuthenticationPrincipal Jwt jwt) {
    JsonObject request = RequestBodies.parse(body);
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    JsonObject credential = RequestBodies.object(request, "credential");
    JsonObject options = RequestBodies.options(request, OPTIONS);
    SecuringFormat format = RequestBodies.format(options);
    KeyType keyType = RequestBodies.keyType(options);
    String issuerDid = CredentialIssuer.issuerOf(credential);
    if (issuerDid == null || issuerDid.isBlank()) {
      throw Problem.badRequest("missing-issuer", "credential.issuer (a DID) is required");
    }
    Organisation org =
        organisations
            .byDid(issuerDid)
            .orElseThrow(
                () ->
                    Problem.invalid("unknown-issuer", issuerDid + " is not an organisation here"));
    organisations.requireMember(org.id(), Callers.clientId(jwt));
    String kind = kind(credential);
    String evidenceDigest = null;
    String evidenceRoot = null;
    if (kind.equals(SubjectKind.ASSURANCE.credentialType())) {
      throw Problem.invalid(
          "use-assurance-endpoint",
          "assurance credentials are issued at /organisations/{org}/credentials/assurance");
    }
    if (kind.equals(SubjectKind.EMISSION_REDUCTION.credentialType())
        && credential.get("credentialSubject") instanceof JsonObject subject) {
      Result<EmissionReduction> reduction = EmissionReduction.parse(subject);
      if (!reduction.succeeded()) {
        throw Problem.invalid("invalid-reduction", reduction.reason());
      }
      StoredPack pack = evidence.require(org, reduction.value());
      evidenceDigest = pack.manifestDigest();
      evidenceRoot = pack.merkleRoot();
    }
    IssuedCredential issued =
        issuer.issue(
            new Issuance(
                org,
                credential,
                kind,
                format,
                keyType,
                evidenceDigest,
                evidenceRoot,
                RequestBodies.mandatoryPointers(options)));
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.set("verifiableCredential", IssuedView.verifiableCredential(issued));
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/credentials/" + URLEncoder.encode(issued.id(), UTF_8)))
        .body(response);
  }

  private static String kind(JsonObject credential) {
    if (credential.get("type") instanceof JsonArray types) {
      for (SubjectKind kind : SubjectKind.values()) {
        for (JsonValue type : types) {
          if (type instanceof JsonString s && s.getString().equals(kind.credentialType())) {
            return kind.credentialType();
          }
        }
      }
    }
    return SubjectKind.VERIFIABLE_CREDENTIAL;
  }
}
