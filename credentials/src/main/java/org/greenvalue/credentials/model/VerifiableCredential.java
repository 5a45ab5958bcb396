package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A credential of the W3C Verifiable Credentials Data Model 2.0 (§4), backed by the JSON object it
 * was read from. Writing it gives back that object unchanged: unknown properties, property order
 * and exact decimals survive. Accessors are lenient views; {@link CredentialShapeRules} says
 * whether the document is well formed.
 */
public final class VerifiableCredential {

  /** The base context every credential and presentation starts with (§4.3). */
  public static final String CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";

  public static final String TYPE = "VerifiableCredential";

  private final JsonObject json;

  private VerifiableCredential(JsonObject json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  public static VerifiableCredential of(JsonObject json) {
    return new VerifiableCredential(json);
  }

  /** Reads a credential from JSON text; only malformed JSON fails, not an ill-shaped credential. */
  public static Result<VerifiableCredential> parse(String text) {
    return JsonDocuments.parseObject(text).map(VerifiableCredential::new);
  }

  public static CredentialBuilder builder() {
    return new CredentialBuilder();
  }

  /** The credential as JSON, exactly as read or built. */
  public JsonObject json() {
    return json;
  }

  /** Compact JSON text of {@link #json()}. */
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

  /** The issuer's id: the {@code issuer} string, or the {@code id} of an issuer object. */
  public Optional<String> issuerId() {
    return JsonProperties.idOf(json.get("issuer"));
  }

  /** {@code validFrom} when it is a valid dateTimeStamp. */
  public Optional<Instant> validFrom() {
    return instant("validFrom");
  }

  /** {@code validUntil} when it is a valid dateTimeStamp. */
  public Optional<Instant> validUntil() {
    return instant("validUntil");
  }

  public List<JsonObject> credentialSubjects() {
    return JsonProperties.objects(json, "credentialSubject");
  }

  public List<JsonObject> credentialStatus() {
    return JsonProperties.objects(json, "credentialStatus");
  }

  public List<JsonObject> credentialSchemas() {
    return JsonProperties.objects(json, "credentialSchema");
  }

  public List<JsonObject> evidence() {
    return JsonProperties.objects(json, "evidence");
  }

  /** Embedded proofs (Data Integrity), raw. */
  public List<JsonObject> proofs() {
    return JsonProperties.objects(json, "proof");
  }

  /** A copy with the property set (replacing an existing value in place, else appended). */
  public VerifiableCredential withProperty(String name, JsonValue value) {
    return new VerifiableCredential(JSON.createObjectBuilder(json).add(name, value).build());
  }

  /** A copy with the property set to a string. */
  public VerifiableCredential withProperty(String name, String value) {
    return withProperty(name, JSON.createValue(value));
  }

  /** A copy without the property (e.g. without {@code proof}, to verify it). */
  public VerifiableCredential withoutProperty(String name) {
    return new VerifiableCredential(JSON.createObjectBuilder(json).remove(name).build());
  }

  private Optional<Instant> instant(String name) {
    return JsonProperties.string(json, name)
        .map(DateTimeStamp::parse)
        .filter(Result::succeeded)
        .map(Result::value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifiableCredential other && other.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "VerifiableCredential[" + id().orElse("no id") + "]";
  }
}
