package org.greenvalue.registry.dids;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.dataintegrity.JcsCanonicalization;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidDocumentParser;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.anchoring.AnchorSubmissions;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.service.problem.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends versions of DID documents: checks the version against the DID and the history (see {@link
 * VersionRules}), stores it and submits its digest to the anchoring outbox in one transaction. A
 * retry of the latest version is answered with it and writes nothing.
 */
@Service
class DidVersions {
  private final DidVersionRepository versions;
  private final AnchorSubmissions anchors;
  private final DidWriters writers;
  private final AuditLog audit;
  private final Clock clock;

  DidVersions(
      DidVersionRepository versions,
      AnchorSubmissions anchors,
      DidWriters writers,
      AuditLog audit,
      Clock clock) {
    this.versions = versions;
    this.anchors = anchors;
    this.writers = writers;
    this.audit = audit;
    this.clock = clock;
  }

  /** The registered version and whether this call created it. */
  record Registered(DidVersion version, boolean created) {}

  @Transactional
  Registered register(RegisterVersionRequest request, String clientId) {
    String did = request.did();
    if (!did.startsWith("did:") || did.contains("#") || did.contains("?")) {
      throw Problem.invalid("invalid-did", "not a DID: " + did);
    }
    writers.requireMayWrite(clientId, did);
    JsonObject json =
        JsonDocuments.parseObject(request.document().toString())
            .orElseThrow(r -> Problem.invalid("malformed-did-document", r));
    DidDocument document =
        DidDocumentParser.parse(json, did)
            .orElseThrow(r -> Problem.invalid("malformed-did-document", r));
    String canonical =
        new JcsCanonicalization()
            .canonicalize(json)
            .orElseThrow(r -> Problem.invalid("malformed-did-document", r));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Optional<DidVersion> latest = versions.latest(did);
    Optional<Registered> retry = retry(request, did, canonical, latest);
    if (retry.isPresent()) {
      return retry.get();
    }
    int number = latest.map(v -> v.version() + 1).orElse(1);
    if (request.version() != null && request.version() != number) {
      throw Problem.conflict(
          "out-of-order-version",
          did + " is at version " + (number - 1) + "; version " + request.version() + " refused");
    }
    Instant validFrom =
        request.validFrom() == null ? now : request.validFrom().truncatedTo(ChronoUnit.MICROS);
    var change =
        VersionRules.check(did, document, request.change(), validFrom, now, versions.history(did));
    var digest =
        VersionDigest.of(
                did, number, validFrom, json, change.kind(), change.keyId(), change.compromisedAt())
            .orElseThrow(r -> Problem.invalid("malformed-did-document", r));
    var version =
        new DidVersion(
            did,
            number,
            validFrom,
            canonical,
            change.kind(),
            change.keyId(),
            change.compromisedAt(),
            digest.toString(),
            now,
            clientId);
    try {
      submit(digest, now, clientId);
      versions.insert(version);
    } catch (DuplicateKeyException e) {
      throw Problem.conflict(
          "out-of-order-version", "version " + number + " of " + did + " was registered meanwhile");
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("version", number);
    detail.put("kind", change.kind().name());
    detail.put("digest", digest.toString());
    change.keyId().ifPresent(k -> detail.put("keyId", k));
    audit.record(clientId, "did.version", did, detail, null, null);
    return new Registered(version, true);
  }

  private void submit(Sha256Digest digest, Instant now, String clientId) {
    if (!anchors.submit(digest, now, clientId)) {
      throw Problem.conflict(
          "duplicate-version", "a version with digest " + digest + " is already registered");
    }
  }

  /** The latest version again (same document and change, and same number if one is given). */
  private Optional<Registered> retry(
      RegisterVersionRequest request, String did, String canonical, Optional<DidVersion> latest) {
    if (request.version() != null) {
      Optional<DidVersion> existing = versions.find(did, request.version());
      if (existing.isPresent()) {
        if (existing.get().sameAs(canonical, absolute(did, request.change()))) {
          return Optional.of(new Registered(existing.get(), false));
        }
        throw Problem.conflict(
            "out-of-order-version",
            "version " + request.version() + " of " + did + " is registered with other content");
      }
      return Optional.empty();
    }
    return latest
        .filter(v -> v.sameAs(canonical, absolute(did, request.change())))
        .filter(
            v ->
                request.validFrom() == null
                    || v.validFrom().equals(request.validFrom().truncatedTo(ChronoUnit.MICROS)))
        .map(v -> new Registered(v, false));
  }

  static RegisterVersionRequest.Change absolute(String did, RegisterVersionRequest.Change change) {
    String key = change.keyId();
    if (key != null && key.startsWith("#")) {
      key = did + key;
    }
    Instant at =
        change.compromisedAt() == null
            ? null
            : change.compromisedAt().truncatedTo(ChronoUnit.MICROS);
    return new RegisterVersionRequest.Change(change.kind(), key, at);
  }
}
