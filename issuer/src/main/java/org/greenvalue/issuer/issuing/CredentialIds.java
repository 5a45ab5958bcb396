package org.greenvalue.issuer.issuing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import org.greenvalue.service.problem.Problem;

/**
 * The {@code id} a caller gives a credential to issue. VC Data Model 2.0 §4.4 (Identifiers): if
 * present, the value of {@code id} MUST be a single URL. Anything else ({@code null}, an array, a
 * number, an object, a string that is not an absolute URL) is refused with 422, never replaced.
 */
final class CredentialIds {

  private static final int MAX_LENGTH = 2048;

  private CredentialIds() {}

  /**
   * @return the caller's id, or null when the credential has none (the issuer then assigns one)
   * @throws Problem 422 {@code invalid-credential-id} when it is there but not a single URL
   */
  static String given(JsonObject credential) {
    if (!credential.containsKey("id")) {
      return null;
    }
    JsonValue value = credential.get("id");
    if (!(value instanceof JsonString s)) {
      throw refused("credential.id must be a single URL, not " + kind(value));
    }
    String id = s.getString();
    if (!isUrl(id)) {
      throw refused("credential.id must be a single absolute URL: '" + shortened(id) + "' is not");
    }
    return id;
  }

  private static boolean isUrl(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH || !text.equals(text.strip())) {
      return false;
    }
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case STRING -> "a string";
    };
  }

  private static String shortened(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  private static Problem refused(String detail) {
    return Problem.invalid("invalid-credential-id", detail);
  }
}
