package org.greenvalue.verification.dids;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidDocumentParser;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;

/**
 * The versions of one DID's document as the registry keeps them ({@code GET /dids/history}, or the
 * trust list's {@code didHistory}): each valid from its {@code validFrom} until the next version's,
 * and the keys revoked for compromise with the time since when they are distrusted.
 *
 * @param versions oldest first
 * @param compromised each compromised key's method id and compromise time
 */
public record DidHistory(String did, List<Version> versions, Map<String, Instant> compromised) {

  public DidHistory {
    versions = List.copyOf(versions);
    compromised = Map.copyOf(compromised);
  }

  /** One version of the document. */
  public record Version(int number, Instant validFrom, DidDocument document) {}

  /** The version in effect at the time: the last one whose validFrom is not after it. */
  public Optional<Version> at(Instant time) {
    Version found = null;
    for (Version v : versions) {
      if (!v.validFrom().isAfter(time)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /** When the key (an absolute method id) was revoked for compromise, if it was. */
  public Optional<Instant> compromisedAt(String methodId) {
    return Optional.ofNullable(compromised.get(methodId));
  }

  /** The method as the latest version that authorised it for the relationship defines it. */
  public Optional<VerificationMethod> lastAuthorised(
      String methodId, VerificationRelationship relationship) {
    for (Version v : versions.reversed()) {
      Result<VerificationMethod> method = v.document().authorised(methodId, relationship);
      if (method.succeeded()) {
        return Optional.of(method.value());
      }
    }
    return Optional.empty();
  }

  /** Reads {@code {"did", "versions": [{"version", "validFrom", "document", "change"}...]}}. */
  public static Result<DidHistory> read(JsonObject json) {
    if (!(json.get("did") instanceof JsonString did)
        || !(json.get("versions") instanceof JsonArray items)
        || items.isEmpty()) {
      return Result.failure("a DID history needs a did and a non-empty versions array");
    }
    var versions = new ArrayList<Version>();
    Map<String, Instant> compromised = new LinkedHashMap<>();
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject v) || !(v.get("document") instanceof JsonObject doc)) {
        return Result.failure("a DID history version is not an object with a document");
      }
      Result<DidDocument> document = DidDocumentParser.parse(doc, did.getString());
      if (!document.succeeded()) {
        return Result.failure("version of " + did.getString() + ": " + document.reason());
      }
      try {
        versions.add(
            new Version(
                v.getInt("version"), Instant.parse(v.getString("validFrom")), document.value()));
        if (v.get("change") instanceof JsonObject change
            && "KEY_COMPROMISED".equals(change.getString("kind", ""))) {
          compromised.put(
              change.getString("keyId"), Instant.parse(change.getString("compromisedAt")));
        }
      } catch (NullPointerException | ClassCastException | DateTimeParseException e) {
        return Result.failure("malformed version in the history of " + did.getString());
      }
    }
    versions.sort(Comparator.comparingInt(Version::number));
    return Result.success(new DidHistory(did.getString(), versions, compromised));
  }
}
