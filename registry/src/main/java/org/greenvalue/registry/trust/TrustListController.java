package org.greenvalue.registry.trust;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "trust", description = "Who may sign which credential type, when")
class TrustListController {
  /** The media type of a credential secured with an embedded proof (VC Data Model 2.0). */
  private static final MediaType VC = MediaType.parseMediaType("application/vc");

  private final TrustListPublisher publisher;
  private final Clock clock;

  TrustListController(TrustListPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  @GetMapping("/trust/list")
  @Operation(
      summary =
          "The accreditations in force at a time (default now), as a TrustListCredential signed by"
              + " the registry (public)")
  ResponseEntity<String> list(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Instant at) {
    if (type != null && !type.matches(Patterns.CREDENTIAL_TYPE)) {
      throw new Problem(
          HttpStatus.BAD_REQUEST,
          "invalid-credential-type",
          "Invalid credential type",
          "'" + type + "' is not a credential type name");
    }
    String credential = publisher.publish(type, role, at == null ? clock.instant() : at);
    return ResponseEntity.ok().contentType(VC).body(credential);
  }
}
