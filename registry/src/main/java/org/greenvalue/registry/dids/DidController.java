package org.greenvalue.registry.dids;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The history of organisations' DID documents: each version registered, ordered and anchored. */
@RestController
@Tag(name = "dids", description = "DID document history: versions, compromised keys, anchors")
@SecurityRequirement(name = "oauth2")
class DidController {
  private final DidVersions versions;
  private final DidHistory history;

  DidController(DidVersions versions, DidHistory history) {
    this.versions = versions;
    this.history = history;
  }

  @PostMapping("/dids/versions")
  @Operation(
      summary =
          "Register the next version of a DID document (scope registry.write): 201 when new, 200"
              + " for a retry of the latest version")
  ResponseEntity<VersionView> register(
      @Valid @RequestBody RegisterVersionRequest request, @AuthenticationPrincipal Jwt jwt) {
    DidVersions.Registered registered = versions.register(request, Callers.clientId(jwt));
    VersionView view =
        history.of(request.did()).orElseThrow().versions().stream()
            .filter(v -> v.version() == registered.version().version())
            .findFirst()
            .orElseThrow();
    return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view);
  }

  @GetMapping(path = "/dids/history", params = "did")
  @Operation(summary = "A DID's document versions, oldest first, with validity and anchors")
  VersionView.History history(@RequestParam String did) {
    return history
        .of(did)
        .orElseThrow(() -> Problem.notFound("unknown-did", "no history is registered for " + did));
  }
}
