package org.greenvalue.issuer.issuing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.issuer.status.TakenEntry;
import org.greenvalue.service.problem.Problem;

/**
 * A VC-API status update request, checked member by member (W3C VC-API {@code
 * UpdateCredentialStatusRequest}: no members beyond the specified ones).
 *
 * @param purpose {@code revocation}, {@code suspension} or {@code message}
 * @param value the status to set: for revocation and suspension {@code status} true (1) or false
 *     (0); for a message entry {@code status} is the value in hexadecimal, e.g. {@code "0x2"}
 * @param entry the {@code credentialStatus} object as given, for {@link #requireSameEntry}
 */
record StatusUpdate(String credentialId, String purpose, int value, JsonObject entry) {
  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("0x[0-9a-fA-F]{1,2}");
  private static final Set<String> MEMBERS =
      Set.of("credentialId", "credentialStatus", "status", "indexAllocator");
  private static final Set<String> ENTRY_MEMBERS =
      Set.of(
          "id",
          "type",
          "statusPurpose",
          "statusListIndex",
          "statusListCredential",
          "statusSize",
          "statusMessage");
  private static final Set<String> TYPES =
      Set.of("BitstringStatusListEntry", "BitstringStatusList");
  private static final Set<String> PURPOSES = Set.of("revocation", "suspension", "message");
  private static final Set<String> IDENTIFYING =
      Set.of("id", "statusListIndex", "statusListCredential");

  static StatusUpdate read(JsonObject request) {
    RequestBodies.onlyMembers(request, "the request", MEMBERS);
    String credentialId = required(request, "credentialId");
    if (request.containsKey("indexAllocator")) {
      required(request, "indexAllocator");
    }
    JsonObject entry = RequestBodies.object(request, "credentialStatus");
    RequestBodies.onlyMembers(entry, "credentialStatus", ENTRY_MEMBERS);
    String type = required(entry, "type");
    if (!TYPES.contains(type)) {
      throw Problem.badRequest(
          "unknown-status-type",
          "credentialStatus.type '" + type + "' is not BitstringStatusListEntry");
    }
    String purpose = required(entry, "statusPurpose");
    if (!PURPOSES.contains(purpose)) {
      throw Problem.badRequest(
          "unknown-status-purpose",
          "credentialStatus.statusPurpose '"
              + purpose
              + "' is not revocation, suspension or message");
    }
    for (String member : IDENTIFYING) {
      if (entry.containsKey(member)) {
        required(entry, member);
      }
    }
    JsonValue status = request.get("status");
    if (purpose.equals("message")) {
      if (!(status instanceof JsonString hex) || !HEX.matcher(hex.getString()).matches()) {
        throw Problem.badRequest(
            "wrong-type", "'status' of a message entry must be a hex value such as \"0x2\"");
      }
      return new StatusUpdate(
          credentialId, purpose, Integer.parseInt(hex.getString().substring(2), 16), entry);
    }
    if (status != JsonValue.TRUE && status != JsonValue.FALSE) {
      throw Problem.badRequest("wrong-type", "'status' is required and must be true or false");
    }
    return new StatusUpdate(credentialId, purpose, status == JsonValue.TRUE ? 1 : 0, entry);
  }

  /** The optional {@code id}, {@code statusListIndex}, {@code statusListCredential} name ours. */
  void requireSameEntry(IssuedCredential credential) {
    JsonObject ours =
        credential.statusEntries().stream()
            .filter(e -> e.purpose().equals(purpose))
            .findFirst()
            .map(TakenEntry::json)
            .map(json -> JsonDocuments.parseObject(json).value())
            .orElse(JsonValue.EMPTY_JSON_OBJECT);
    for (String member : IDENTIFYING) {
      if (entry.containsKey(member)
          && !entry.getString(member).equals(ours.getString(member, null))) {
        throw Problem.badRequest(
            "other-status-entry",
            "credentialStatus." + member + " does not name the credential's " + purpose + " entry");
      }
    }
  }

  private static String required(JsonObject parent, String name) {
    if (!(parent.get(name) instanceof JsonString text) || text.getString().isBlank()) {
      throw Problem.badRequest("wrong-type", "'" + name + "' is required and must be a string");
    }
    return text.getString();
  }
}
