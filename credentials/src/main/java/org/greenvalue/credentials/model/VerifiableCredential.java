package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A credential of the W3C Verifiable Credentials Data Model 2.0 (§4), backed by the JSON object it
 * was read from. Writing it gives back that object unchanged: unknown properties, property order
 * and exact decimals survive. Accessors are lenient views; {@link CredentialShapeRules} says
 * whether the document is well formed.
 */
public final class VerifiableCredential extends DataModelDocument<VerifiableCredential> {

  /** The base context every credential and presentation starts with (§4.3). */
  public static final String CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";

  public static final String TYPE = "VerifiableCredential";

  private VerifiableCredential(JsonObject json) {
    super(json);
  }

  @Override
  VerifiableCredential copyOf(JsonObject json) {
    return new VerifiableCredential(json);
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

  /** The issuer's id: the {@code issuer} string, or the {@code id} of an issuer object. */
  public Optional<String> issuerId() {
    return JsonProperties.idOf(json().get("issuer"));
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
    return JsonProperties.objects(json(), "credentialSubject");
  }

  public List<JsonObject> credentialStatus() {
    return JsonProperties.objects(json(), "credentialStatus");
  }

  public List<JsonObject> credentialSchemas() {
    return JsonProperties.objects(json(), "credentialSchema");
  }

  public List<JsonObject> evidence() {
    return JsonProperties.objects(json(), "evidence");
  }

  private Optional<Instant> instant(String name) {
    return JsonProperties.string(json(), name)
        .map(DateTimeStamp::parse)
        .filter(Result::succeeded)
        .map(Result::value);
  }
}
