package org.greenvalue.registry.trust;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "trust", description = "Who may sign which credential type, when")
@SecurityRequirement(name = "oauth2")
class TrustController {
  private final TrustService service;
  private final TrustQueries queries;
  private final Idempotency idempotency;
  private final Clock clock;

  TrustController(
      TrustService service, TrustQueries queries, Idempotency idempotency, Clock clock) {
    this.service = service;
    this.queries = queries;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  @PostMapping("/trust/accreditations")
  @Operation(summary = "Accredit a DID for one credential type (scope trust.authority)")
  ResponseEntity<TrustEvent> accredit(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody AccreditRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "POST /trust/accreditations",
        request,
        TrustEvent.class,
        () -> created(service.accredit(request, client)));
  }

  @PostMapping("/trust/status-changes")
  @Operation(summary = "Suspend, reinstate or revoke an accreditation (scope trust.authority)")
  ResponseEntity<TrustEvent> changeStatus(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody StatusChangeRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    return idempotency.run(
        client,
        key,
        "POST /trust/status-changes",
        request,
        TrustEvent.class,
        () -> created(service.changeStatus(request, client)));
  }

  @GetMapping("/trust/{did}")
  @Operation(summary = "Was the DID trusted for a type at a time (default now), with evidence")
  TrustAnswer trusted(
      @PathVariable String did,
      @RequestParam String type,
      @RequestParam(required = false) Instant at) {
    return queries.trustedAt(did, type, at == null ? clock.instant() : at);
  }

  /**
   * The same question with the DID as a query parameter: a did:web with a port holds {@code %3A},
   * which a path can only carry as {@code %253A}, and encoded percents are refused in paths.
   */
  @GetMapping(path = "/trust", params = "did")
  @Operation(summary = "Was the DID (as a query parameter) trusted for a type at a time")
  TrustAnswer trustedByQuery(
      @RequestParam String did,
      @RequestParam String type,
      @RequestParam(required = false) Instant at) {
    return trusted(did, type, at);
  }

  private static ResponseEntity<TrustEvent> created(TrustEvent event) {
    HttpStatus status = event.ledger().pending() ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
    return ResponseEntity.status(status).body(event);
  }
}
