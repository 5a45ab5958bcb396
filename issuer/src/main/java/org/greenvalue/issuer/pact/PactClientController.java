package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.List;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation binds the PACT clients (client ids of {@code /auth/token}) that may read its
 * footprints on {@code /3/footprints} and in answers to footprint requests.
 */
@RestController
@Tag(name = "PACT v3")
class PactClientController {
  private static final Logger log = LoggerFactory.getLogger(PactClientController.class);

  private final PactClientBindings bindings;
  private final Organisations organisations;
  private final Clock clock;

  PactClientController(PactClientBindings bindings, Organisations organisations, Clock clock) {
    this.bindings = bindings;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** {@code {"clientId"}}: printable ASCII without spaces, at most 200 characters. */
  record BindRequest(@NotNull @Pattern(regexp = "[\\x21-\\x7e]{1,200}") String clientId) {}

  @PostMapping("/organisations/{org}/pact-clients")
  @Operation(summary = "Let a PACT client read the organisation's footprints (issuer.supplier)")
  ResponseEntity<PactClientBindings.Binding> bind(
      @PathVariable String org,
      @Valid @RequestBody BindRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String caller = Callers.clientId(jwt);
    organisations.requireMember(org, caller);
    boolean created = bindings.bind(org, request.clientId(), caller, clock.instant());
    if (created) {
      log.info("PACT client {} bound to {} by client {}", request.clientId(), org, caller);
    }
    PactClientBindings.Binding binding =
        bindings.of(org).stream()
            .filter(b -> b.clientId().equals(request.clientId()))
            .findFirst()
            .orElseThrow();
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(binding);
  }

  @GetMapping("/organisations/{org}/pact-clients")
  @Operation(summary = "The PACT clients bound to the organisation (its members)")
  List<PactClientBindings.Binding> list(
      @PathVariable String org, @AuthenticationPrincipal Jwt jwt) {
    organisations.requireMember(org, Callers.clientId(jwt));
    return bindings.of(org);
  }

  @DeleteMapping("/organisations/{org}/pact-clients/{clientId}")
  @Operation(summary = "Stop a PACT client reading the organisation's footprints (issuer.supplier)")
  ResponseEntity<Void> unbind(
      @PathVariable String org, @PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
    String caller = Callers.clientId(jwt);
    organisations.requireMember(org, caller);
    if (!bindings.unbind(org, clientId)) {
      throw Problem.notFound(
          "unknown-binding", "PACT client " + clientId + " is not bound to " + org);
    }
    log.info("PACT client {} unbound from {} by client {}", clientId, org, caller);
    return ResponseEntity.noContent().build();
  }
}
