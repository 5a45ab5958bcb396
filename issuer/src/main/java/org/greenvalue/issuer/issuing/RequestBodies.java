package org.greenvalue.issuer.issuing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.service.problem.Problem;

/**
 * Reads issuing requests with the credentials library's JSON parser, so decimals written as JSON
 * numbers keep every digit. Shape errors are 400 problems.
 */
public final class RequestBodies {
  /**
   * For OpenAPI descriptions (which need a constant): what {@link #format} and {@link #keyType}
   * accept, without a hand-kept list of either.
   */
  public static final String FORMAT_AND_KEY_TYPE =
      " \"format\" is a securing format label (default \"vc+jwt\"), \"keyType\" a key type"
          + " name; an unknown one is a 400 whose detail lists the valid ones.";

  private RequestBodies() {}

  public static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      throw Problem.badRequest("unreadable-body", "the body is missing");
    }
    Result<JsonObject> parsed = JsonDocuments.parseObject(body);
    if (!parsed.succeeded()) {
      throw Problem.badRequest(
          "unreadable-body", "the body is not a well-formed JSON object: " + parsed.reason());
    }
    return parsed.value();
  }

  public static void onlyMembers(JsonObject object, String where, Set<String> allowed) {
    for (String name : object.keySet()) {
      if (!allowed.contains(name)) {
        throw Problem.badRequest("unknown-field", "unknown field '" + name + "' in " + where);
      }
    }
  }

  public static JsonObject object(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    if (!(value instanceof JsonObject object)) {
      throw Problem.badRequest(
          "missing-field", "'" + name + "' is required and must be a JSON object");
    }
    return object;
  }

  /**
   * The request's optional {@code options} object (empty when absent), holding only {@code allowed}
   * members; anything else is a 400.
   */
  public static JsonObject options(JsonObject request, Set<String> allowed) {
    JsonObject options =
        request.get("options") == null ? JsonValue.EMPTY_JSON_OBJECT : object(request, "options");
    onlyMembers(options, "options", allowed);
    return options;
  }

  public static String string(JsonObject parent, String name, String fallback) {
    JsonValue value = parent.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof JsonString text)) {
      throw Problem.badRequest("wrong-type", "'" + name + "' must be a string");
    }
    return text.getString();
  }

  /**
   * The request's {@code format}: a {@link SecuringFormat} label, {@code vc+jwt} when absent; an
   * unknown label is a 400 that lists the valid ones.
   */
  public static SecuringFormat format(JsonObject parent) {
    String label = string(parent, "format", SecuringFormat.VC_JWT.label());
    return SecuringFormat.ofLabel(label)
        .orElseThrow(
            () ->
                Problem.badRequest(
                    "unknown-format",
                    "format '" + label + "' is not one of " + SecuringFormat.labelList()));
  }

  /** A {@link KeyType} name, or null when absent (the format picks one the issuer holds). */
  public static KeyType keyType(JsonObject parent) {
    String name = string(parent, "keyType", null);
    if (name == null) {
      return null;
    }
    try {
      return KeyType.valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(
          "unknown-key-type",
          "keyType must be one of "
              + Arrays.stream(KeyType.values())
                  .map(KeyType::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  /**
   * ecdsa-sd-2023 {@code mandatoryPointers}: JSON pointers every disclosure must reveal; empty when
   * absent. Anything but an array of strings is a 400.
   */
  public static List<String> mandatoryPointers(JsonObject parent) {
    return jsonPointers(parent, "mandatoryPointers");
  }

  /**
   * The array of JSON pointer strings {@code name} (at most 256); empty when absent, anything else
   * a 400.
   */
  public static List<String> jsonPointers(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)
        || array.size() > 256
        || !array.stream().allMatch(JsonString.class::isInstance)) {
      throw Problem.badRequest(
          "wrong-type", "'" + name + "' must be an array of at most 256 JSON pointer strings");
    }
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
