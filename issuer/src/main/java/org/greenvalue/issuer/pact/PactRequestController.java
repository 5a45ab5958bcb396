package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PACT footprint requests received and the state of their answers (issuer.read), each visible
 * to the members of the organisations it concerns only.
 */
@RestController
@Tag(name = "PACT v3")
class PactRequestController {
  private static final Set<String> STATES =
      Set.of("PENDING", "SENT", "REFUSED", "ABANDONED", "UNANSWERABLE");

  private final PactReplies replies;
  private final Organisations organisations;

  PactRequestController(PactReplies replies, Organisations organisations) {
    this.replies = replies;
    this.organisations = organisations;
  }

  @GetMapping("/pact/requests")
  @Operation(
      summary =
          "Footprint requests received on /3/events concerning the caller's organisations (or"
              + " the one named), and their answers, newest first",
      description =
          "state: PENDING (to be sent, with attempts and the last error), SENT, REFUSED (the"
              + " recipient refused it), ABANDONED (not delivered in time), UNANSWERABLE (no"
              + " recipient configured for the request's source). A request concerns the"
              + " organisations the requesting PACT client is bound to.")
  List<PactReplies.View> list(
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "100") int limit,
      @AuthenticationPrincipal Jwt jwt) {
    if (state != null && !STATES.contains(state)) {
      throw Problem.badRequest("unknown-state", "state must be one of " + STATES);
    }
    if (limit < 1 || limit > 1000) {
      throw Problem.badRequest("invalid-limit", "limit must be between 1 and 1000");
    }
    String client = Callers.clientId(jwt);
    List<String> readable;
    if (organisation != null) {
      organisations.requireMember(organisation, client);
      readable = List.of(organisation);
    } else {
      readable = organisations.memberships(client);
      if (readable.isEmpty()) {
        throw new Problem(
            HttpStatus.FORBIDDEN,
            "not-a-member",
            "Forbidden",
            "client " + client + " acts for no organisation, so no footprint request concerns it");
      }
    }
    return replies.recent(readable, state, limit);
  }
}
