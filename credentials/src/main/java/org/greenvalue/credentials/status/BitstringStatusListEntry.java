package org.greenvalue.credentials.status;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;

/**
 * A credential's {@code credentialStatus} entry in a Bitstring Status List 1.0.
 *
 * <p>JSON: {@code {"id": "...#94567", "type": "BitstringStatusListEntry", "statusPurpose":
 * "revocation", "statusListIndex": "94567", "statusListCredential": "https://.../status/3"}}, plus
 * {@code statusSize} (an integer, written only when not 1) and {@code statusMessage} (required when
 * statusSize is above 1, one message per possible value).
 */
public record BitstringStatusListEntry(
    Optional<String> id,
    StatusPurpose statusPurpose,
    int statusListIndex,
    URI statusListCredential,
    int statusSize,
    List<StatusMessage> statusMessages) {

  public static final String TYPE = "BitstringStatusListEntry";

  public BitstringStatusListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statusPurpose, "statusPurpose");
    Objects.requireNonNull(statusListCredential, "statusListCredential");
    statusMessages = List.copyOf(statusMessages);
    if (statusListIndex < 0) {
      throw new IllegalArgumentException("statusListIndex must not be negative");
    }
    if (!statusListCredential.isAbsolute()) {
      throw new IllegalArgumentException("statusListCredential must be an absolute URL");
    }
    if (statusSize < 1 || statusSize > BitstringStatusList.MAX_STATUS_SIZE) {
      throw new IllegalArgumentException(
          "statusSize must be between 1 and " + BitstringStatusList.MAX_STATUS_SIZE);
    }
    if (statusSize > 1 && statusMessages.isEmpty()) {
      throw new IllegalArgumentException("statusMessage is required when statusSize is above 1");
    }
    if (!statusMessages.isEmpty()) {
      StatusMessage.faultFor(statusMessages, statusSize)
          .ifPresent(
              fault -> {
                throw new IllegalArgumentException("statusMessage " + fault);
              });
    }
  }

  /** A one-bit entry (revocation or suspension). */
  public static BitstringStatusListEntry of(
      StatusPurpose purpose, int index, URI statusListCredential) {
    return new BitstringStatusListEntry(
        Optional.of(statusListCredential + "#" + index),
        purpose,
        index,
        statusListCredential,
        1,
        List.of());
  }

  /** An entry of a {@code message} list: {@code statusSize} bits and one message per value. */
  public static BitstringStatusListEntry ofMessages(
      int index, URI statusListCredential, int statusSize, List<StatusMessage> messages) {
    return new BitstringStatusListEntry(
        Optional.of(statusListCredential + "#" + index),
        StatusPurpose.MESSAGE,
        index,
        statusListCredential,
        statusSize,
        messages);
  }

  /** Reads an untrusted {@code credentialStatus} entry. */
  public static Result<BitstringStatusListEntry> parse(JsonObject json) {
    return StatusEntryReader.read(json);
  }

  /** The message for a status value, when the entry defines messages. */
  public Optional<String> messageFor(int status) {
    return statusMessages.stream()
        .filter(m -> m.value() == status)
        .map(StatusMessage::message)
        .findFirst();
  }

  public JsonObject toJson() {
    var json = JSON.createObjectBuilder();
    id.ifPresent(i -> json.add("id", i));
    json.add("type", TYPE)
        .add("statusPurpose", statusPurpose.wireName())
        .add("statusListIndex", Integer.toString(statusListIndex))
        .add("statusListCredential", statusListCredential.toString());
    if (statusSize != 1) {
      json.add("statusSize", statusSize);
    }
    if (!statusMessages.isEmpty()) {
      var messages = JSON.createArrayBuilder();
      statusMessages.forEach(m -> messages.add(m.toJson()));
      json.add("statusMessage", messages);
    }
    return json.build();
  }
}
