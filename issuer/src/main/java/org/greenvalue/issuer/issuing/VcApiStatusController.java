package org.greenvalue.issuer.issuing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.issuer.status.CurrentStatuses;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * VC-API {@code updateCredentialStatus}: {@code POST /credentials/status} with {@code
 * {credentialId, credentialStatus: {type, statusPurpose, …}, status}}, mapped onto the same status
 * change as {@code POST /credentials/{id}/status}. The whole request is checked before anything is
 * looked up or changed.
 */
@RestController
@Tag(name = "VC-API")
class VcApiStatusController {
  private static final String EXAMPLE =
      """
      {"credentialId": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
       "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"},
       "status": true}""";

  private final IssuedCredentials credentials;
  private final Organisations organisations;
  private final StatusChanges statusChanges;

  VcApiStatusController(
      IssuedCredentials credentials, Organisations organisations, StatusChanges statusChanges) {
    this.credentials = credentials;
    this.organisations = organisations;
    this.statusChanges = statusChanges;
  }

  @PostMapping(value = "/credentials/status", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "VC-API update status: {credentialId, credentialStatus, status}",
      description =
          "credentialStatus.statusPurpose is revocation (final: clearing it is a 409) or"
              + " suspension (can be lifted); status true sets, false clears. For a message"
              + " entry status is the value in hex (\"0x2\"); one outside 2^statusSize is a"
              + " 422. type is"
              + " BitstringStatusListEntry (or BitstringStatusList); id, statusListIndex and"
              + " statusListCredential are optional and must name the credential's own entry."
              + " indexAllocator is accepted and ignored (the issuer allocates entries itself).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(value = EXAMPLE))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "the credential's status after the change"),
        @ApiResponse(
            responseCode = "400",
            description = "malformed request: unknown members, wrong types, unknown purpose"),
        @ApiResponse(responseCode = "403", description = "not a member of the issuer"),
        @ApiResponse(responseCode = "404", description = "unknown credential"),
        @ApiResponse(responseCode = "409", description = "a revocation cannot be cleared"),
        @ApiResponse(responseCode = "503", description = "the registry is unreachable")
      })
  CurrentStatuses.Status update(
      @RequestBody String body,
      @Parameter(description = "replays of the same change give the same answer")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String key,
      @AuthenticationPrincipal Jwt jwt) {
    StatusUpdate update = StatusUpdate.read(RequestBodies.parse(body));
    IssuedCredential credential =
        credentials
            .find(update.credentialId())
            .orElseThrow(
                () ->
                    Problem.notFound(
                        "unknown-credential", "no credential " + update.credentialId()));
    organisations.requireMember(credential.orgId(), Callers.clientId(jwt));
    update.requireSameEntry(credential);
    return statusChanges.change(credential, update.purpose(), update.value(), null, key);
  }
}
