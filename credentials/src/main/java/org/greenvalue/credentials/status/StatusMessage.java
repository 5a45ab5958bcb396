package org.greenvalue.credentials.status;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
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

  /** The numeric value of {@link #status()}. */
  public int value() {
    return Integer.parseInt(status.substring(2), 16);
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder().add("status", status).add("message", message).build();
  }
}
