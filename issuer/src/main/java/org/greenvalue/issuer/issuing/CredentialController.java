package org.greenvalue.issuer.issuing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.greenvalue.issuer.anchoring.AnchorOutbox;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "credentials", description = "Issued credentials: read, revoke, suspend")
class CredentialController {
  private final IssuedCredentials credentials;
  private final AnchorOutbox outbox;
  private final Organisations organisations;
  private final StatusChanges statusChanges;

  CredentialController(
      IssuedCredentials credentials,
      AnchorOutbox outbox,
      Organisations organisations,
      StatusChanges statusChanges) {
    this.credentials = credentials;
    this.outbox = outbox;
    this.organisations = organisations;
    this.statusChanges = statusChanges;
  }

  /**
   * @param purpose {@code revocation} (final) or {@code suspension}
   * @param set true to revoke or suspend, false to lift a suspension
   */
  record StatusRequest(
      @NotNull
          @Pattern(
              regexp = "^(revocation|suspension)$",
              message = "must be revocation or suspension")
          String purpose,
      @NotNull Boolean set,
      @Size(max = 500) String reason) {}

  @GetMapping("/credentials/{id}")
  @Operation(summary = "An issued credential with its status and anchoring state")
  ObjectNode get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
    IssuedCredential credential = readable(id, jwt);
    ObjectNode view =
        IssuedView.summary(
            credential,
            outbox.state(credential.digest()).map(AnchorOutbox.AnchorState::state).orElse("NONE"));
    IssuedCredentials.Status status = credentials.status(id);
    view.put("revoked", status.revoked());
    view.put("suspended", status.suspended());
    outbox
        .state(credential.digest())
        .ifPresent(
            s -> {
              view.put("anchorAttempts", s.attempts());
              if (s.lastError() != null) {
                view.put("anchorLastError", s.lastError());
              }
            });
    return view;
  }

  @PostMapping("/credentials/{id}/status")
  @Operation(summary = "Revoke, suspend or reinstate through the registry's status list")
  IssuedCredentials.Status change(
      @PathVariable String id,
      @Valid @RequestBody StatusRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @AuthenticationPrincipal Jwt jwt) {
    IssuedCredential credential = readable(id, jwt);
    return statusChanges.change(
        credential, request.purpose(), request.set(), request.reason(), key);
  }

  private IssuedCredential readable(String id, Jwt jwt) {
    IssuedCredential credential =
        credentials
            .find(id)
            .orElseThrow(() -> Problem.notFound("unknown-credential", "no credential " + id));
    organisations.requireMember(credential.orgId(), Callers.clientId(jwt));
    return credential;
  }
}
