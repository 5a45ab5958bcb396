package org.greenvalue.issuer.engagements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "engagements", description = "Which assurance providers may see a supplier's packs")
class EngagementController {
  private final Engagements engagements;

  EngagementController(Engagements engagements) {
    this.engagements = engagements;
  }

  @PostMapping("/organisations/{supplier}/engagements")
  @Operation(
      summary = "Engage an assurance provider (issuer.supplier, member of the supplier)",
      description =
          "Body: {\"provider\": orgId, \"packs\": [manifest digests] (absent: all packs),"
              + " \"validFrom\" (absent: now), \"validUntil\"}")
  ResponseEntity<Engagement> grant(
      @PathVariable String supplier,
      @Valid @RequestBody GrantEngagementRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(engagements.grant(supplier, Callers.clientId(jwt), request));
  }

  @GetMapping("/organisations/{supplier}/engagements")
  @Operation(
      summary = "The supplier's engagements (its members: all; an engaged provider's: its own)")
  List<Engagement> list(@PathVariable String supplier, @AuthenticationPrincipal Jwt jwt) {
    return engagements.readableBy(supplier, Callers.clientId(jwt));
  }

  @PostMapping("/organisations/{supplier}/engagements/{id}/end")
  @Operation(summary = "End an engagement now (issuer.supplier, member of the supplier)")
  Engagement end(
      @PathVariable String supplier, @PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
    return engagements.end(supplier, id, Callers.clientId(jwt));
  }
}
