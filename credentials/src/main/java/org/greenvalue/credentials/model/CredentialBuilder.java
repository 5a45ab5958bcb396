package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a credential for issuing. Properties are written in a stable, readable order: {@code
 * @context}, {@code id}, {@code type}, {@code issuer}, validity, {@code credentialSubject}, then
 * everything else in the order given. The base v2 context and {@code VerifiableCredential} type are
 * always first.
 */
public final class CredentialBuilder {

  private final List<String> contexts = new ArrayList<>(List.of(VerifiableCredential.CONTEXT_V2));
  private final List<String> types = new ArrayList<>(List.of(VerifiableCredential.TYPE));
  private final List<JsonObject> subjects = new ArrayList<>();
  private final Map<String, JsonValue> head = new LinkedHashMap<>();
  private final Map<String, JsonValue> rest = new LinkedHashMap<>();
  private JsonValue issuer;

  CredentialBuilder() {}

  public CredentialBuilder context(String context) {
    if (!contexts.contains(context)) {
      contexts.add(context);
    }
    return this;
  }

  public CredentialBuilder id(String id) {
    head.put("id", JSON.createValue(id));
    return this;
  }

  public CredentialBuilder type(String type) {
    if (!types.contains(type)) {
      types.add(type);
    }
    return this;
  }

  public CredentialBuilder issuer(String issuerId) {
    this.issuer = JSON.createValue(issuerId);
    return this;
  }

  /** An issuer object; it must have an {@code id}. */
  public CredentialBuilder issuer(JsonObject issuerObject) {
    this.issuer = issuerObject;
    return this;
  }

  /** validFrom, to the second, in UTC. */
  public CredentialBuilder validFrom(Instant instant) {
    rest.put("validFrom", JSON.createValue(instant.truncatedTo(ChronoUnit.SECONDS).toString()));
    return this;
  }

  /** validUntil, to the second, in UTC. */
  public CredentialBuilder validUntil(Instant instant) {
    rest.put("validUntil", JSON.createValue(instant.truncatedTo(ChronoUnit.SECONDS).toString()));
    return this;
  }

  /** Adds a subject; several subjects make {@code credentialSubject} an array. */
  public CredentialBuilder credentialSubject(JsonObject subject) {
    subjects.add(subject);
    return this;
  }

  /** Any other property (credentialStatus, credentialSchema, evidence, extensions). */
  public CredentialBuilder property(String name, JsonValue value) {
    rest.put(name, value);
    return this;
  }

  public VerifiableCredential build() {
    var json = JSON.createObjectBuilder().add("@context", array(contexts));
    head.forEach(json::add);
    json.add("type", array(types));
    if (issuer != null) {
      json.add("issuer", issuer);
    }
    for (String name : List.of("validFrom", "validUntil")) {
      if (rest.containsKey(name)) {
        json.add(name, rest.get(name));
      }
    }
    if (subjects.size() == 1) {
      json.add("credentialSubject", subjects.get(0));
    } else if (!subjects.isEmpty()) {
      var all = JSON.createArrayBuilder();
      subjects.forEach(all::add);
      json.add("credentialSubject", all);
    }
    rest.forEach(
        (name, value) -> {
          if (!name.equals("validFrom") && !name.equals("validUntil")) {
            json.add(name, value);
          }
        });
    return VerifiableCredential.of(json.build());
  }

  private static JsonArrayBuilder array(List<String> values) {
    var array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
