package org.greenvalue.credentials.status;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The meaning of one status value: {@code {"status": "0x1", "message": "revoked"}}.
 *
 * @param status the value in hexadecimal with a {@code 0x} prefix
 * @param message what the value means
 */
public record StatusMessage(String status, String message) {

  static final Pattern HEX_VALUE = Pattern.compile("0x[0-9a-fA-F]{1,2}");

  public StatusMessage {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (!HEX_VALUE.matcher(status).matches()) {
      throw new IllegalArgumentException("status must be a hex value such as 0x1");
    }
  }

  /**
   * Why {@code messages} cannot be the {@code statusMessage} of entries {@code statusSize} bits
   * wide (Bitstring Status List 1.0 §2.1: one message per possible value, so exactly
   * 2<sup>statusSize</sup>, each value in range and none twice), or empty when they can.
   */
  public static Optional<String> faultFor(List<StatusMessage> messages, int statusSize) {
    int values = 1 << statusSize;
    if (messages.size() != values) {
      return Optional.of(
          "must have "
              + values
              + " entries (2^statusSize for statusSize "
              + statusSize
              + "), not "
              + messages.size());
    }
    var seen = new java.util.HashSet<Integer>();
    for (StatusMessage message : messages) {
      if (message.value() >= values) {
        return Optional.of(
            "status " + message.status() + " does not fit in " + statusSize + " bits");
      }
      if (!seen.add(message.value())) {
        return Optional.of("status " + message.status() + " is given twice");
      }
    }
    return Optional.empty();
  }

  /** The numeric value of {@link #status()}. */
  public int value() {
    return Integer.parseInt(status.substring(2), 16);
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder().add("status", status).add("message", message).build();
  }
}
