package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A credential of the W3C Verifiable Credentials Data Model 2.0 (§4) or 1.1, backed by the JSON
 * object it was read from. Writing it gives back that object unchanged: unknown properties,
 * property order and exact decimals survive. Accessors are lenient views; {@link
 * CredentialShapeRules} says whether the document is well formed.
 */
public final class VerifiableCredential extends DataModelDocument<VerifiableCredential> {

  /** The base context every credential and presentation starts with (§4.3). */
  public static final String CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";

  /** The base context of VC Data Model 1.1 credentials and presentations (VC DM 1.1 §4.1). */
  public static final String CONTEXT_V1 = "https://www.w3.org/2018/credentials/v1";

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

  /** {@code issuanceDate} (VC DM 1.1 §4.6) when it is a valid date and time with a zone. */
  public Optional<Instant> issuanceDate() {
    return instant("issuanceDate");
  }

  /** {@code expirationDate} (VC DM 1.1 §4.7) when it is a valid date and time with a zone. */
  public Optional<Instant> expirationDate() {
    return instant("expirationDate");
  }

  /**
   * When the credential starts to be valid in its own data model: {@code validFrom} for 2.0, {@code
   * issuanceDate} for 1.1.
   */
  public Optional<Instant> validityStart() {
    return dataModel().orElse(DataModelVersion.V2_0) == DataModelVersion.V1_1
        ? issuanceDate()
        : validFrom();
  }

  /** When it stops: {@code validUntil} for 2.0, {@code expirationDate} for 1.1. */
  public Optional<Instant> validityEnd() {
    return dataModel().orElse(DataModelVersion.V2_0) == DataModelVersion.V1_1
        ? expirationDate()
        : validUntil();
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
