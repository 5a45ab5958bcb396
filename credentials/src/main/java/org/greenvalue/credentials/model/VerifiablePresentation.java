package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A presentation of the W3C Verifiable Credentials Data Model 2.0 (§4.13), backed by the JSON
 * object it was read from; writing it gives that object back unchanged.
 */
public final class VerifiablePresentation {

  public static final String TYPE = "VerifiablePresentation";

  private final JsonObject json;

  private VerifiablePresentation(JsonObject json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  public static VerifiablePresentation of(JsonObject json) {
    return new VerifiablePresentation(json);
  }

  public static Result<VerifiablePresentation> parse(String text) {
    return JsonDocuments.parseObject(text).map(VerifiablePresentation::new);
  }

  public static PresentationBuilder builder() {
    return new PresentationBuilder();
  }

  public JsonObject json() {
    return json;
  }

  public String write() {
    return JsonDocuments.write(json);
  }

  public List<String> contexts() {
    return JsonProperties.strings(json, "@context");
  }

  public Optional<String> id() {
    return JsonProperties.string(json, "id");
  }

  public List<String> types() {
    return JsonProperties.strings(json, "type");
  }

  /** The holder's id: the {@code holder} string or the {@code id} of a holder object. */
  public Optional<String> holderId() {
    return JsonProperties.idOf(json.get("holder"));
  }

  /** The raw {@code verifiableCredential} entries, objects or not. */
  public List<JsonValue> verifiableCredentialEntries() {
    return JsonProperties.values(json, "verifiableCredential");
  }

  /**
   * The object entries of {@code verifiableCredential}, each read as enveloped (when its type says
   * so and its id is a data URL) or embedded.
   */
  public List<PresentedCredential> verifiableCredentials() {
    return JsonProperties.objects(json, "verifiableCredential").stream()
        .map(VerifiablePresentation::presented)
        .toList();
  }

  public List<JsonObject> proofs() {
    return JsonProperties.objects(json, "proof");
  }

  public VerifiablePresentation withProperty(String name, JsonValue value) {
    return new VerifiablePresentation(JSON.createObjectBuilder(json).add(name, value).build());
  }

  public VerifiablePresentation withoutProperty(String name) {
    return new VerifiablePresentation(JSON.createObjectBuilder(json).remove(name).build());
  }

  static PresentedCredential presented(JsonObject entry) {
    var enveloped = EnvelopedVerifiableCredential.parse(entry);
    if (enveloped.succeeded()) {
      return enveloped.value();
    }
    return new EmbeddedCredential(VerifiableCredential.of(entry));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifiablePresentation other && other.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "VerifiablePresentation[" + id().orElse("no id") + "]";
  }
}
