package org.greenvalue.registry.dids;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidDocumentParser;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.dids.DidVersionRepository.Stored;
import org.greenvalue.service.problem.Problem;

/**
 * Whether a new version fits the DID's history: the first is CREATED and only the first; versions
 * take effect in order and not in the future; a compromised key was in the previous version, leaves
 * the document with this one, and never comes back.
 */
final class VersionRules {

  /** Clocks of the registering service and the registry may differ by this much. */
  static final Duration SKEW = Duration.ofMinutes(1);

  private VersionRules() {}

  /** The change, normalised (absolute key id), once every rule holds; else a 4xx problem. */
  record Change(ChangeKind kind, Optional<String> keyId, Optional<Instant> compromisedAt) {}

  static Change check(
      String did,
      DidDocument document,
      RegisterVersionRequest.Change requested,
      Instant validFrom,
      Instant now,
      List<Stored> history) {
    var change = DidVersions.absolute(did, requested);
    if (document.verificationMethods().isEmpty()) {
      throw Problem.invalid("malformed-did-document", "the document has no usable key");
    }
    if (validFrom.isAfter(now.plus(SKEW))) {
      throw Problem.invalid("invalid-valid-from", "validFrom " + validFrom + " is in the future");
    }
    if (history.isEmpty() != (change.kind() == ChangeKind.CREATED)) {
      throw Problem.conflict(
          "out-of-order-version",
          history.isEmpty()
              ? "the first version of " + did + " must be CREATED, not " + change.kind()
              : did + " was already created; a later version is ROTATED or KEY_COMPROMISED");
    }
    for (Stored s : history) {
      s.version()
          .keyId()
          .filter(k -> s.version().kind() == ChangeKind.KEY_COMPROMISED)
          .filter(k -> document.verificationMethod(k).isPresent())
          .ifPresent(
              k -> {
                throw Problem.invalid(
                    "compromised-key-reused", k + " was revoked for compromise; it cannot return");
              });
    }
    if (!history.isEmpty()) {
      Instant previous = history.getLast().version().validFrom();
      if (validFrom.isBefore(previous)) {
        throw Problem.conflict(
            "out-of-order-version",
            "validFrom " + validFrom + " is before the previous version's " + previous);
      }
    }
    if (change.kind() != ChangeKind.KEY_COMPROMISED) {
      if (change.keyId() != null || change.compromisedAt() != null) {
        throw Problem.invalid(
            "invalid-change", "keyId and compromisedAt belong to KEY_COMPROMISED only");
      }
      return new Change(change.kind(), Optional.empty(), Optional.empty());
    }
    if (change.compromisedAt() != null && change.compromisedAt().isAfter(validFrom)) {
      throw Problem.invalid(
          "invalid-change",
          "compromisedAt " + change.compromisedAt() + " is after the version's validFrom");
    }
    return compromise(did, document, change, now, history);
  }

  private static Change compromise(
      String did,
      DidDocument document,
      RegisterVersionRequest.Change change,
      Instant now,
      List<Stored> history) {
    if (change.keyId() == null || change.compromisedAt() == null) {
      throw Problem.invalid("invalid-change", "KEY_COMPROMISED needs keyId and compromisedAt");
    }
    if (change.compromisedAt().isAfter(now.plus(SKEW))) {
      throw Problem.invalid(
          "invalid-change", "compromisedAt " + change.compromisedAt() + " is in the future");
    }
    DidDocument previous =
        JsonDocuments.parseObject(history.getLast().version().document())
            .flatMap(json -> DidDocumentParser.parse(json, did))
            .orElseThrow(IllegalStateException::new);
    if (previous.verificationMethod(change.keyId()).isEmpty()) {
      throw Problem.invalid(
          "unknown-key", change.keyId() + " is not a key of the current document of " + did);
    }
    if (document.verificationMethod(change.keyId()).isPresent()) {
      throw Problem.invalid(
          "invalid-change", "the compromised key " + change.keyId() + " is still in the document");
    }
    return new Change(
        ChangeKind.KEY_COMPROMISED,
        Optional.of(change.keyId()),
        Optional.of(change.compromisedAt()));
  }
}
