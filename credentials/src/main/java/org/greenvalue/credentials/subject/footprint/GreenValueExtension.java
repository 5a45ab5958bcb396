package org.greenvalue.credentials.subject.footprint;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The "green value" PACT data model extension (version 1.0.0): everything a verifying PACT client
 * needs to reach a complete verdict on a footprint without asking again.
 *
 * <pre>{@code
 * {"specVersion": "2.0.0",
 *  "dataSchema": "<issuer>/pact/extensions/green-value/1.0.0/schema.json",
 *  "documentation": "<issuer>/pact/extensions/green-value/1.0.0/",
 *  "data": {
 *    "credential": {"mediaType": "application/vc+jwt", "credential": "<the footprint's VC>"},
 *    "assurances": [{"mediaType": ..., "credential": ...}],       // over the footprint's VC
 *    "reductions": [{"credential": {...}, "assurances": [...]}],  // ΔCO2 VCs for its products
 *    "custody": [{"credentialId": "<ΔCO2 id>", "allocationId": ..., ...}]}}
 * }</pre>
 *
 * <p>A secured credential is {@code {"mediaType": "application/vc+jwt", "credential": "<compact
 * JWS>"}} or {@code {"mediaType": "application/vc", "credential": {<Data Integrity JSON>}}}. {@code
 * custody} repeats the {@code upstream} references of the ΔCO2 credentials for readers that do not
 * open credentials; a verifier reads them from the signed credentials. Readers recognise the
 * extension by the path of its {@code dataSchema} ({@value #SCHEMA_PATH}), whichever host serves
 * it.
 */
public final class GreenValueExtension {

  public static final String SPEC_VERSION = "2.0.0";
  public static final String PATH = "/pact/extensions/green-value/1.0.0/";
  public static final String SCHEMA_PATH = PATH + "schema.json";

  /** A ΔCO2 credential and the assurance credentials over it, all secured. */
  public record Reduction(String credential, List<String> assurances) {
    public Reduction {
      Objects.requireNonNull(credential, "credential");
      assurances = List.copyOf(assurances);
    }
  }

  /**
   * What the extension carries.
   *
   * @param credential the footprint's own secured credential
   * @param assurances secured assurance credentials over it
   * @param reductions the organisation's ΔCO2 credentials for the footprint's products
   * @param custody each upstream reference of those, with {@code credentialId} added
   */
  public record Contents(
      String credential,
      List<String> assurances,
      List<Reduction> reductions,
      List<JsonObject> custody) {
    public Contents {
      Objects.requireNonNull(credential, "credential");
      assurances = List.copyOf(assurances);
      reductions = List.copyOf(reductions);
      custody = List.copyOf(custody);
    }
  }

  private GreenValueExtension() {}

  /** The extension object, its URLs under {@code baseUrl} (the issuer's public URL). */
  public static JsonObject of(String baseUrl, Contents contents) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    JsonArrayBuilder reductions = JSON.createArrayBuilder();
    for (Reduction r : contents.reductions()) {
      reductions.add(
          JSON.createObjectBuilder()
              .add("credential", secured(r.credential()))
              .add("assurances", secured(r.assurances())));
    }
    JsonArrayBuilder custody = JSON.createArrayBuilder();
    contents.custody().forEach(custody::add);
    return JSON.createObjectBuilder()
        .add("specVersion", SPEC_VERSION)
        .add("dataSchema", base + SCHEMA_PATH)
        .add("documentation", base + PATH)
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("credential", secured(contents.credential()))
                .add("assurances", secured(contents.assurances()))
                .add("reductions", reductions)
                .add("custody", custody))
        .build();
  }

  /** Whether {@code extension} is ours: its {@code dataSchema} ends in {@value #SCHEMA_PATH}. */
  public static boolean isOurs(JsonValue extension) {
    return extension instanceof JsonObject e
        && e.get("dataSchema") instanceof JsonString schema
        && schema.getString().endsWith(SCHEMA_PATH);
  }

  /** What the footprint's green value extension carries, if it has one that is readable. */
  public static Optional<Contents> of(JsonObject footprint) {
    if (!(footprint.get("extensions") instanceof JsonArray extensions)) {
      return Optional.empty();
    }
    for (JsonValue each : extensions) {
      if (isOurs(each) && ((JsonObject) each).get("data") instanceof JsonObject data) {
        return read(data);
      }
    }
    return Optional.empty();
  }

  /**
   * The footprint without the extensions that carry its credential (this one and {@link
   * CredentialExtension}), as the credential's subject holds it.
   */
  public static JsonObject withoutOurs(JsonObject footprint) {
    JsonObject rest = CredentialExtension.withoutCredential(footprint);
    if (!(rest.get("extensions") instanceof JsonArray extensions)) {
      return rest;
    }
    JsonArrayBuilder kept = JSON.createArrayBuilder();
    int count = 0;
    for (JsonValue each : extensions) {
      if (!isOurs(each)) {
        kept.add(each);
        count++;
      }
    }
    var builder = JSON.createObjectBuilder(rest);
    return count == 0
        ? builder.remove("extensions").build()
        : builder.add("extensions", kept).build();
  }

  private static Optional<Contents> read(JsonObject data) {
    Optional<String> credential = secured(data.get("credential"));
    if (credential.isEmpty()) {
      return Optional.empty();
    }
    List<Reduction> reductions = new ArrayList<>();
    if (data.get("reductions") instanceof JsonArray array) {
      for (JsonValue each : array) {
        if (each instanceof JsonObject r) {
          secured(r.get("credential"))
              .ifPresent(c -> reductions.add(new Reduction(c, securedList(r.get("assurances")))));
        }
      }
    }
    List<JsonObject> custody = new ArrayList<>();
    if (data.get("custody") instanceof JsonArray array) {
      array.stream()
          .filter(JsonObject.class::isInstance)
          .map(JsonObject.class::cast)
          .forEach(custody::add);
    }
    return Optional.of(
        new Contents(credential.get(), securedList(data.get("assurances")), reductions, custody));
  }

  private static List<String> securedList(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray array) {
      array.forEach(v -> secured(v).ifPresent(out::add));
    }
    return out;
  }

  private static Optional<String> secured(JsonValue value) {
    if (value instanceof JsonObject o) {
      JsonValue credential = o.get("credential");
      if (credential instanceof JsonString jwt) {
        return Optional.of(jwt.getString());
      }
      if (credential instanceof JsonObject json) {
        return Optional.of(JsonDocuments.write(json));
      }
    }
    return Optional.empty();
  }

  private static JsonObject secured(String secured) {
    return CredentialExtension.of(secured).getJsonObject("data");
  }

  private static JsonArrayBuilder secured(List<String> all) {
    JsonArrayBuilder out = JSON.createArrayBuilder();
    all.forEach(s -> out.add(secured(s)));
    return out;
  }
}
