package org.greenvalue.registry.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.greenvalue.registry.trust.Patterns;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "organisations", description = "Organisations, their DIDs and member clients")
@SecurityRequirement(name = "oauth2")
class OrganisationController {
  private final Organisations organisations;
  private final Idempotency idempotency;

  OrganisationController(Organisations organisations, Idempotency idempotency) {
    this.organisations = organisations;
    this.idempotency = idempotency;
  }

  @PostMapping("/organisations")
  @Operation(summary = "Register an organisation with its DIDs and clients (trust.authority)")
  ResponseEntity<Organisation> register(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody OrganisationRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "POST /organisations",
        request,
        Organisation.class,
        () -> {
          Organisation created = organisations.register(request.organisation(), client);
          return ResponseEntity.created(URI.create("/organisations/" + created.id())).body(created);
        });
  }

  @PutMapping("/organisations/{id}")
  @Operation(
      summary =
          "State an organisation again: name, DIDs and clients replace the held ones"
              + " (trust.authority)")
  ResponseEntity<Organisation> replace(
      @PathVariable String id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody OrganisationRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    if (!id.equals(request.id())) {
      throw Problem.invalid("id-mismatch", "the body's id must be the path's " + id);
    }
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "PUT /organisations/" + id,
        request,
        Organisation.class,
        () -> ResponseEntity.ok(organisations.replace(request.organisation(), client)));
  }

  @GetMapping("/organisations/{id}")
  @Operation(summary = "An organisation (registry.read)")
  Organisation organisation(@PathVariable String id) {
    return organisations
        .byId(id)
        .orElseThrow(() -> Problem.notFound("unknown-organisation", "no organisation " + id));
  }

  @GetMapping("/organisations")
  @Operation(summary = "The organisation a DID belongs to (registry.read)")
  Organisation ofDid(@RequestParam String did) {
    if (!Patterns.isDid(did)) {
      throw Problem.badRequest("invalid-did", "did is not a DID");
    }
    return organisations
        .ofDid(did)
        .orElseThrow(
            () -> Problem.notFound("unknown-organisation", "no organisation has DID " + did));
  }
}
