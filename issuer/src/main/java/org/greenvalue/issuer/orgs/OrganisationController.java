package org.greenvalue.issuer.orgs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.greenvalue.credentials.json.JsonDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "organisations", description = "Organisations, keys and did:web documents")
class OrganisationController {
  static final MediaType DID_JSON = MediaType.parseMediaType("application/did+json");

  private final Organisations organisations;

  OrganisationController(Organisations organisations) {
    this.organisations = organisations;
  }

  @PostMapping("/organisations")
  @Operation(summary = "Create an organisation with the key types asked for (issuer.admin)")
  ResponseEntity<OrganisationView> create(@Valid @RequestBody CreateOrganisationRequest request) {
    Organisation org =
        organisations.create(
            request.id(),
            request.name(),
            request.didMethod() == null ? "web" : request.didMethod(),
            request.keyTypes(),
            request.clients());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(org));
  }

  @GetMapping("/organisations/{id}")
  @Operation(summary = "An organisation and its keys (issuer.read)")
  OrganisationView get(@PathVariable String id) {
    return view(organisations.require(id));
  }

  @PostMapping("/organisations/{id}/keys/rotation")
  @Operation(summary = "Rotate a key; the old one stays in the DID document (issuer.admin)")
  ResponseEntity<Map<String, String>> rotate(
      @PathVariable String id, @Valid @RequestBody RotateKeyRequest request) {
    String keyId = organisations.rotate(id, request.type());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", keyId));
  }

  @PostMapping("/organisations/{id}/keys/{keyId}/compromise")
  @Operation(
      summary =
          "Revoke a key for compromise (issuer.admin): no longer used for signing, out of the DID"
              + " document; keyId is the method id's fragment")
  ResponseEntity<Map<String, String>> compromise(
      @PathVariable String id,
      @PathVariable String keyId,
      @Valid @RequestBody CompromiseKeyRequest request) {
    String compromised = organisations.compromise(id, keyId, request.compromisedAt());
    return ResponseEntity.ok(
        Map.of("id", compromised, "compromisedAt", request.compromisedAt().toString()));
  }

  @GetMapping(value = "/{id}/did.json")
  @Operation(summary = "The organisation's did:web document (public)")
  ResponseEntity<String> didDocument(@PathVariable String id) {
    Organisation org = organisations.require(id);
    return ResponseEntity.ok()
        .contentType(DID_JSON)
        .body(JsonDocuments.write(organisations.didDocument(org).toJson()));
  }

  private OrganisationView view(Organisation org) {
    return new OrganisationView(
        org.id(),
        org.name(),
        org.did(),
        org.clients(),
        organisations.keys(org.id()),
        org.createdAt());
  }
}
