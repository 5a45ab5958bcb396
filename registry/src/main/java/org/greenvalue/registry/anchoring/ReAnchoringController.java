package org.greenvalue.registry.anchoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's command after a chain loss: compare every anchored batch with the current chain
 * and anchor again what it no longer holds (scope {@code trust.authority}). Safe to repeat: a batch
 * is found lost once, and batches on the chain are left alone.
 */
@RestController
@Tag(name = "anchors")
@SecurityRequirement(name = "oauth2")
class ReAnchoringController {
  private final ReAnchoring reAnchoring;

  ReAnchoringController(ReAnchoring reAnchoring) {
    this.reAnchoring = reAnchoring;
  }

  @PostMapping("/anchors/re-anchoring")
  @Operation(
      summary =
          "Find anchored batches missing from the current chain, supersede their receipts and"
              + " queue their digests for new batches (scope trust.authority); 503 while the"
              + " ledger is unavailable")
  ReAnchoring.Report reAnchor(@AuthenticationPrincipal Jwt jwt) {
    try {
      return reAnchoring.run(Callers.clientId(jwt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.unavailable("interrupted", "the registry is shutting down");
    }
  }
}
