package org.greenvalue.verifier.verify;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.credentials.jose.CompactSerialization;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.service.problem.Problem;

/**
 * A VC-API verify request body, read exactly as sent (no number rounding): {@code
 * {"verifiableCredential" | "verifiablePresentation": <JSON credential, compact JWS string, or
 * EnvelopedVerifiableCredential>, "options": {...}}}. Our options beside VC-API's {@code challenge}
 * and {@code domain}, and {@code checks} (the {@link VcApiCheck} names wanted; default proof,
 * status, validity, dataModel): {@code policy} (a verifier policy's name, which then decides the
 * verdict), {@code assurances} (secured assurance credentials), {@code anchorReceipt} (receipt
 * JSON), {@code requiredAssuranceLevel} ({@code limited} | {@code reasonable}) and {@code
 * evidencePack} (the pack ZIP, base64) and {@code relatedResources} ({@code {"<url>": "<base64>"}}:
 * resources the credential's {@code relatedResource} names, checked against their digests). A
 * credential or presentation given as a string must be a compact JWS. Anything else is refused with
 * 400.
 */
record VerifyInput(
    String member,
    String secured,
    List<String> assurances,
    Optional<String> anchorReceipt,
    AssuranceLevel requiredLevel,
    Optional<byte[]> evidencePack,
    Optional<String> challenge,
    Optional<String> domain,
    Set<VcApiCheck> checks,
    Optional<String> policy,
    Map<String, byte[]> relatedResources) {

  /** The most related resources one request may bring. */
  static final int MAX_RELATED_RESOURCES = 16;

  static final String CREDENTIAL = "verifiableCredential";
  static final String PRESENTATION = "verifiablePresentation";
  private static final Set<String> OPTIONS =
      Set.of(
          "challenge",
          "domain",
          "assurances",
          "anchorReceipt",
          "requiredAssuranceLevel",
          "evidencePack",
          "checks",
          "policy",
          "relatedResources");
  private static final String ENVELOPED_PREFIX = "data:application/vc+jwt,";
  private static final String ENVELOPED_VP_PREFIX = "data:application/vp+jwt,";

  /** Reads a body that carries {@code expected}, or either member when {@code expected} is null. */
  static VerifyInput read(String body, String expected) {
    if (body == null || body.isBlank()) {
      throw bad("the request body is empty");
    }
    var parsed = JsonDocuments.parseObject(body);
    if (!parsed.succeeded()) {
      throw bad("the body is not a JSON object: " + parsed.reason());
    }
    JsonObject json = parsed.value();
    for (String key : json.keySet()) {
      if (!key.equals(CREDENTIAL) && !key.equals(PRESENTATION) && !key.equals("options")) {
        throw bad("unknown member '" + key + "'");
      }
    }
    String member =
        expected != null ? expected : json.containsKey(PRESENTATION) ? PRESENTATION : CREDENTIAL;
    if (!json.containsKey(member)) {
      throw bad("missing '" + member + "'");
    }
    if (json.containsKey(member.equals(CREDENTIAL) ? PRESENTATION : CREDENTIAL)) {
      throw bad("give either verifiableCredential or verifiablePresentation, not both");
    }
    JsonObject options = options(json.get("options"));
    return new VerifyInput(
        member,
        secured(json.get(member), member),
        assurances(options.get("assurances")),
        Optional.ofNullable(options.get("anchorReceipt")).map(VerifyInput::receipt),
        level(options.get("requiredAssuranceLevel")),
        Optional.ofNullable(options.get("evidencePack")).map(VerifyInput::pack),
        text(options, "challenge"),
        text(options, "domain"),
        checks(options.get("checks")),
        text(options, "policy"),
        relatedResources(options.get("relatedResources")));
  }

  boolean presentation() {
    return member.equals(PRESENTATION);
  }

  private static JsonObject options(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (!(value instanceof JsonObject options)) {
      throw bad("options must be an object");
    }
    for (String key : options.keySet()) {
      if (!OPTIONS.contains(key)) {
        throw bad("unknown option '" + key + "'; known: " + OPTIONS);
      }
    }
    return options;
  }

  /** A compact JWS string, an EnvelopedVerifiableCredential, or a JSON credential with a proof. */
  static String secured(JsonValue value, String member) {
    if (value instanceof JsonString s) {
      return compactJws(s.getString(), member);
    }
    if (!(value instanceof JsonObject object)) {
      throw bad(member + " must be a JSON object or a compact JWS string");
    }
    if (object.get("id") instanceof JsonString id) {
      String text = id.getString();
      for (String prefix : List.of(ENVELOPED_PREFIX, ENVELOPED_VP_PREFIX)) {
        if (text.startsWith(prefix)) {
          return compactJws(text.substring(prefix.length()), member + ".id");
        }
      }
    }
    return JsonDocuments.write(object);
  }

  /** VC-API allows a string only for a compact JWS; JSON text in a string is not a credential. */
  private static String compactJws(String text, String member) {
    if (!CompactSerialization.isCompact(text, false)) {
      throw bad(
          member + " is a string but not a compact JWS (vc+jwt, vp+jwt); give JSON as an object");
    }
    return text;
  }

  /** {@code options.checks}: a non-empty array of known check names; absent, the default set. */
  private static Set<VcApiCheck> checks(JsonValue value) {
    if (value == null) {
      return VcApiCheck.DEFAULT;
    }
    if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 32) {
      throw bad("options.checks must be an array of 1 to 32 check names");
    }
    Set<VcApiCheck> checks = EnumSet.noneOf(VcApiCheck.class);
    var unknown = new ArrayList<String>();
    for (JsonValue each : array) {
      if (!(each instanceof JsonString name)) {
        throw bad("options.checks must hold strings");
      }
      VcApiCheck.named(name.getString())
          .ifPresentOrElse(checks::add, () -> unknown.add(shortened(name.getString())));
    }
    if (!unknown.isEmpty()) {
      throw bad(
          "unknown checks "
              + unknown
              + " in options.checks; known: "
              + Arrays.stream(VcApiCheck.values()).map(VcApiCheck::wireName).toList());
    }
    return checks;
  }

  private static String shortened(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  private static List<String> assurances(JsonValue value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || array.size() > 16) {
      throw bad("options.assurances must be an array of at most 16 credentials");
    }
    var out = new ArrayList<String>();
    for (JsonValue each : array) {
      out.add(secured(each, "options.assurances[]"));
    }
    return out;
  }

  private static String receipt(JsonValue value) {
    if (!(value instanceof JsonObject)) {
      throw bad("options.anchorReceipt must be the receipt JSON object");
    }
    return JsonDocuments.write(value);
  }

  private static AssuranceLevel level(JsonValue value) {
    if (value == null) {
      return AssuranceLevel.LIMITED;
    }
    if (value instanceof JsonString s) {
      for (AssuranceLevel level : AssuranceLevel.values()) {
        if (level.wireName().equals(s.getString())) {
          return level;
        }
      }
    }
    throw bad("options.requiredAssuranceLevel must be \"limited\" or \"reasonable\"");
  }

  /** {@code options.relatedResources}: URL to the resource's bytes in base64. */
  private static Map<String, byte[]> relatedResources(JsonValue value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof JsonObject resources) || resources.size() > MAX_RELATED_RESOURCES) {
      throw bad(
          "options.relatedResources must be an object of at most "
              + MAX_RELATED_RESOURCES
              + " URL: base64 members");
    }
    var out = new java.util.HashMap<String, byte[]>();
    for (var member : resources.entrySet()) {
      if (!org.greenvalue.credentials.model.Urls.isUrl(member.getKey())) {
        throw bad("options.relatedResources keys must be URLs");
      }
      if (!(member.getValue() instanceof JsonString content)) {
        throw bad("options.relatedResources values must be base64 strings");
      }
      try {
        out.put(member.getKey(), Base64.getMimeDecoder().decode(content.getString()));
      } catch (IllegalArgumentException e) {
        throw bad("options.relatedResources['" + shortened(member.getKey()) + "'] is not base64");
      }
    }
    return Map.copyOf(out);
  }

  private static byte[] pack(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      throw bad("options.evidencePack must be the pack ZIP in base64");
    }
    try {
      return Base64.getMimeDecoder().decode(s.getString());
    } catch (IllegalArgumentException e) {
      throw bad("options.evidencePack is not base64");
    }
  }

  private static Optional<String> text(JsonObject options, String name) {
    JsonValue value = options.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString s)
        || s.getString().isBlank()
        || s.getString().length() > 512) {
      throw bad("options." + name + " must be a non-empty string of at most 512 characters");
    }
    return Optional.of(s.getString());
  }

  private static Problem bad(String detail) {
    return Problem.badRequest("malformed-verify-request", detail);
  }
}
