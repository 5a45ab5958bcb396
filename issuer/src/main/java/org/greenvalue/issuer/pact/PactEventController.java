package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenvalue.issuer.security.IssuerScopes;
import org.greenvalue.service.security.Callers;
import org.greenvalue.service.security.Scopes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT Action Events: CloudEvents in structured content mode. Requests for footprints (created,
 * fulfilled, rejected) and publication notices are checked ({@link CloudEvent}) and recorded once
 * per (source, id). A RequestCreatedEvent's criteria are checked before anything is recorded; its
 * answer is prepared by {@link PactEvents} and sent back by {@link PactReplySender}.
 */
@RestController
@Tag(name = "PACT v3")
class PactEventController {
  private final PactEvents events;

  PactEventController(PactEvents events) {
    this.events = events;
  }

  @PostMapping(
      value = "/3/events",
      consumes = {"application/cloudevents+json", "application/json"})
  @Operation(summary = "PACT Action Events: a CloudEvent (pact.events)")
  ResponseEntity<Void> receive(
      @RequestBody String body, @AuthenticationPrincipal Jwt jwt, Authentication authentication) {
    CloudEvent event = CloudEvent.parse(body);
    boolean mayRead =
        authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals(Scopes.authority(IssuerScopes.PACT_READ)));
    events.record(
        new PactEvents.Received(
            event.id(), event.source(), event.type(), Callers.clientId(jwt), body),
        event.request(),
        mayRead);
    return ResponseEntity.ok().build();
  }
}
