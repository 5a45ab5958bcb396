package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a presentation; the base v2 context and {@code VerifiablePresentation} type come first.
 */
public final class PresentationBuilder {

  private final List<String> contexts = new ArrayList<>(List.of(VerifiableCredential.CONTEXT_V2));
  private final List<String> types = new ArrayList<>(List.of(VerifiablePresentation.TYPE));
  private final List<JsonValue> credentials = new ArrayList<>();
  private final Map<String, JsonValue> properties = new LinkedHashMap<>();

  PresentationBuilder() {}

  public PresentationBuilder context(String context) {
    if (!contexts.contains(context)) {
      contexts.add(context);
    }
    return this;
  }

  public PresentationBuilder id(String id) {
    properties.put("id", JSON.createValue(id));
    return this;
  }

  public PresentationBuilder type(String type) {
    if (!types.contains(type)) {
      types.add(type);
    }
    return this;
  }

  public PresentationBuilder holder(String holderId) {
    properties.put("holder", JSON.createValue(holderId));
    return this;
  }

  public PresentationBuilder credential(VerifiableCredential credential) {
    credentials.add(credential.json());
    return this;
  }

  public PresentationBuilder credential(EnvelopedVerifiableCredential credential) {
    credentials.add(credential.toJson());
    return this;
  }

  public PresentationBuilder property(String name, JsonValue value) {
    properties.put(name, value);
    return this;
  }

  public VerifiablePresentation build() {
    var context = JSON.createArrayBuilder();
    contexts.forEach(context::add);
    var type = JSON.createArrayBuilder();
    types.forEach(type::add);
    var json = JSON.createObjectBuilder().add("@context", context).add("type", type);
    properties.forEach(json::add);
    if (!credentials.isEmpty()) {
      var list = JSON.createArrayBuilder();
      credentials.forEach(list::add);
      json.add("verifiableCredential", list);
    }
    return VerifiablePresentation.of(json.build());
  }
}
