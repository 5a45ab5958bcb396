package org.greenvalue.registry.greenvalue;

import jakarta.json.JsonObject;
import java.net.URI;
import org.greenvalue.registry.status.StatusEntries;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * A credential carrying a status entry of one of this registry's lists must be neither revoked nor
 * suspended there. Entries of other registries' lists are not fetched (that is the verifier's job);
 * the registry answers for its own.
 */
@Service
class CredentialStatusCheck {
  private final StatusEntries entries;

  CredentialStatusCheck(StatusEntries entries) {
    this.entries = entries;
  }

  void requireInForce(SecuredCredential credential, URI requestBase) {
    for (JsonObject entry : credential.credential().credentialStatus()) {
      String purpose = entry.getString("statusPurpose", "");
      String list = entry.getString("statusListCredential", null);
      long index = index(entry, credential.field());
      switch (entries.state(list, purpose, index, requestBase)) {
        case NOT_OURS, CLEAR -> {}
        case UNKNOWN ->
            throw Problem.invalid(
                "unknown-status-entry",
                credential.field() + " names a status entry this registry never allocated");
        case SET ->
            throw Problem.invalid(
                "credential-" + (purpose.equals("revocation") ? "revoked" : "suspended"),
                credential.field() + " is " + purpose + "-listed in this registry");
      }
    }
  }

  private static long index(JsonObject entry, String field) {
    try {
      return Long.parseLong(entry.getString("statusListIndex", "-1"));
    } catch (NumberFormatException | ClassCastException e) {
      throw Problem.invalid("unknown-status-entry", field + " has an unreadable statusListIndex");
    }
  }
}
