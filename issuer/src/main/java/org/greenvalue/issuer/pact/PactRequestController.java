package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.greenvalue.service.problem.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PACT footprint requests received and the state of their answers (issuer.read). */
@RestController
@Tag(name = "PACT v3")
class PactRequestController {
  private static final Set<String> STATES =
      Set.of("PENDING", "SENT", "REFUSED", "ABANDONED", "UNANSWERABLE");

  private final PactReplies replies;

  PactRequestController(PactReplies replies) {
    this.replies = replies;
  }

  @GetMapping("/pact/requests")
  @Operation(
      summary = "Footprint requests received on /3/events and their answers, newest first",
      description =
          "state: PENDING (to be sent, with attempts and the last error), SENT, REFUSED (the"
              + " recipient refused it), ABANDONED (not delivered in time), UNANSWERABLE (no"
              + " recipient configured for the request's source)")
  List<PactReplies.View> list(
      @RequestParam(required = false) String state, @RequestParam(defaultValue = "100") int limit) {
    if (state != null && !STATES.contains(state)) {
      throw Problem.badRequest("unknown-state", "state must be one of " + STATES);
    }
    if (limit < 1 || limit > 1000) {
      throw Problem.badRequest("invalid-limit", "limit must be between 1 and 1000");
    }
    return replies.recent(state, limit);
  }
}
