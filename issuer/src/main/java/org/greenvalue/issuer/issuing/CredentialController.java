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
import org.greenvalue.issuer.status.CurrentStatuses;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
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
  private static final Receipts RECEIPTS = new Receipts();

  private final IssuedCredentials credentials;
  private final AnchorOutbox outbox;
  private final Organisations organisations;
  private final StatusChanges statusChanges;
  private final RegistryClient registry;
  private final CurrentStatuses statuses;

  CredentialController(
      IssuedCredentials credentials,
      AnchorOutbox outbox,
      Organisations organisations,
      StatusChanges statusChanges,
      RegistryClient registry,
      CurrentStatuses statuses) {
    this.credentials = credentials;
    this.outbox = outbox;
    this.organisations = organisations;
    this.statusChanges = statusChanges;
    this.registry = registry;
    this.statuses = statuses;
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
    addStatus(view, credential);
    outbox
        .state(credential.digest())
        .ifPresent(
            s -> {
              view.put("anchorAttempts", s.attempts());
              if (s.lastError() != null) {
                view.put("anchorLastError", s.lastError());
              }
            });
    addReceipt(view, credential.digest());
    return view;
  }

  /** Revoked and suspended as the registry's status lists hold them now (best effort). */
  private void addStatus(ObjectNode view, IssuedCredential credential) {
    try {
      CurrentStatuses.Status status = statuses.of(credential.statusEntries());
      view.put("revoked", status.revoked());
      view.put("suspended", status.suspended());
    } catch (RegistryException e) {
      view.put("statusLookup", "the registry could not be asked: " + e.problem().title());
    }
  }

  /**
   * Once the registry has the digest, its anchoring state and receipt (best effort). A read: the
   * outbox learns of the anchoring from the forwarder's batch lookups, never from here.
   */
  private void addReceipt(ObjectNode view, String digest) {
    if (!view.path("anchoring").asText().equals("SUBMITTED")
        && !view.path("anchoring").asText().equals("ANCHORED")) {
      return;
    }
    try {
      registry
          .anchor(digest)
          .ifPresent(
              anchor -> {
                ObjectNode node = view.putObject("anchor");
                node.put("state", anchor.state());
                node.put("submittedAt", anchor.submittedAt().toString());
                anchor.anchoredAt().ifPresent(t -> node.put("anchoredAt", t.toString()));
                anchor.receipt().ifPresent(r -> node.set("receipt", RECEIPTS.tree(r)));
                if (anchor.anchored()) {
                  view.put("anchoring", "ANCHORED");
                }
              });
    } catch (RegistryException e) {
      view.put("anchorLookup", "the registry could not be asked: " + e.problem().title());
    }
  }

  @PostMapping("/credentials/{id}/status")
  @Operation(summary = "Revoke, suspend or reinstate through the registry's status list")
  CurrentStatuses.Status change(
      @PathVariable String id,
      @Valid @RequestBody StatusRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @AuthenticationPrincipal Jwt jwt) {
    IssuedCredential credential = readable(id, jwt);
    return statusChanges.change(
        credential, request.purpose(), request.set(), request.reason(), key);
  }

  /** Reads a receipt's JSON text. */
  private static final class Receipts {
    private final com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();

    com.fasterxml.jackson.databind.JsonNode tree(String text) {
      try {
        return json.readTree(text);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return json.getNodeFactory().textNode(text);
      }
    }
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
