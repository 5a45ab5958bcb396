package org.greenvalue.registry.greenvalue;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.registry.status.StatusEntries;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.CredentialJson;
import org.springframework.stereotype.Component;

/**
 * Whether the credential a lot's value was minted from is still in force: a downstream claim may
 * not rely on value whose root credential its issuer has revoked or suspended since the mint. The
 * mint accepted only entries of this registry's own lists, so each entry is read from the database
 * by its list's path, whatever host name the mint came through.
 */
@Component
class UpstreamStatus {
  private final LotRepository lots;
  private final StatusEntries entries;

  UpstreamStatus(LotRepository lots, StatusEntries entries) {
    this.lots = lots;
    this.entries = entries;
  }

  /**
   * @throws Problem 409 {@code upstream-revoked} or {@code upstream-suspended} naming the
   *     credential
   */
  void requireInForce(UUID lotId) {
    Optional<String> secured =
        lots.find(lotId)
            .flatMap(lot -> lots.mintedFrom(lot.credentialDigest()))
            .map(root -> lots.mintedCredentials(root).getFirst());
    Optional<JsonObject> credential = secured.flatMap(CredentialJson::payload);
    if (credential.isEmpty()) {
      return; // a lot minted before the registry kept its credentials: nothing to read
    }
    VerifiableCredential vc = VerifiableCredential.of(credential.get());
    for (JsonObject json : vc.credentialStatus()) {
      Result<BitstringStatusListEntry> entry = BitstringStatusListEntry.parse(json);
      if (!entry.succeeded() || !entry.value().statusPurpose().invalidates()) {
        continue; // the mint refused malformed entries; a message entry invalidates nothing
      }
      BitstringStatusListEntry e = entry.value();
      boolean set =
          entries
              .statusByPath(e.statusListCredential(), e.statusListIndex())
              .map(status -> status != 0)
              .orElse(false);
      if (set) {
        String purpose = e.statusPurpose().wireName();
        String state = purpose.equals("revocation") ? "revoked" : "suspended";
        throw Problem.conflict(
            "upstream-" + state,
            "the credential "
                + vc.id().orElse("")
                + " this value was minted from is "
                + state
                + " by its issuer; a downstream claim may not rely on it");
      }
    }
  }
}
