package org.greenvalue.issuer.issuing;

import java.util.UUID;
import org.greenvalue.issuer.status.CurrentStatuses;
import org.greenvalue.issuer.status.TakenEntry;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Revokes, suspends or reinstates an issued credential by setting its entry in the registry's
 * status list, the only record of it. A revocation also renews the PACT pages: the credential
 * leaves the footprints' green value extension.
 */
@Service
class StatusChanges {
  private final IssuedCredentials credentials;
  private final RegistryClient registry;
  private final CurrentStatuses statuses;

  StatusChanges(IssuedCredentials credentials, RegistryClient registry, CurrentStatuses statuses) {
    this.credentials = credentials;
    this.registry = registry;
    this.statuses = statuses;
  }

  CurrentStatuses.Status change(
      IssuedCredential credential, String purpose, boolean set, String reason, String key) {
    return change(credential, purpose, set ? 1 : 0, reason, key);
  }

  /**
   * Sets the credential's {@code purpose} entry to {@code value}: 0 or 1 for revocation and
   * suspension, any value that fits the entry's statusSize for a message entry.
   */
  CurrentStatuses.Status change(
      IssuedCredential credential, String purpose, int value, String reason, String key) {
    TakenEntry entry =
        credential.statusEntries().stream()
            .filter(e -> e.purpose().equals(purpose))
            .findFirst()
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "no-status-entry",
                        "the credential has no "
                            + purpose
                            + " entry (purposes are revocation, suspension and"
                            + " message)"));
    try {
      String idempotencyKey = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
      if (purpose.equals("message")) {
        registry.setStatusValue(
            purpose, entry.listId(), entry.index(), value, reason, idempotencyKey);
      } else {
        registry.setStatus(
            purpose, entry.listId(), entry.index(), value != 0, reason, idempotencyKey);
      }
    } catch (RegistryException.Unavailable e) {
      throw Problem.unavailable(
          "registry-unavailable", "the registry is unreachable; the status did not change");
    } catch (RegistryException.Refused e) {
      HttpStatus status = HttpStatus.resolve(e.problem().status());
      throw new Problem(
          status == null ? HttpStatus.BAD_GATEWAY : status,
          "registry-refused",
          "Registry refused",
          e.problem().detail());
    }
    if (purpose.equals("revocation")) {
      statuses.forgetRevocationLists();
      credentials.raiseFootprintsVersion();
    }
    return statuses.afterChange(credential.statusEntries(), purpose, value != 0);
  }
}
