package org.greenvalue.credentials.subject;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;

/**
 * What a Verifiable Credential of one of our kinds needs from this package: its {@code @context}
 * (VC 2.0 then ours), its {@code type} ({@code VerifiableCredential} then the kind's type) and its
 * {@code credentialSubject}. The credential model adds issuer, validity, status and proof.
 */
public record CredentialParts(List<String> context, List<String> type, JsonObject subject) {

  public CredentialParts {
    context = List.copyOf(context);
    type = List.copyOf(type);
    Objects.requireNonNull(subject, "subject");
  }

  /** The parts for the given subject. */
  public static CredentialParts of(CredentialSubject subject) {
    return new CredentialParts(
        List.of(GreenValueContext.VC_V2, GreenValueContext.V1),
        List.of(SubjectKind.VERIFIABLE_CREDENTIAL, subject.kind().credentialType()),
        subject.toJson());
  }

  public JsonArray contextArray() {
    return JSON.createArrayBuilder(context).build();
  }

  public JsonArray typeArray() {
    return JSON.createArrayBuilder(type).build();
  }

  /** A credential builder holding {@code @context}, {@code type} and {@code credentialSubject}. */
  public JsonObjectBuilder toCredentialBuilder() {
    return JSON.createObjectBuilder()
        .add("@context", contextArray())
        .add("type", typeArray())
        .add("credentialSubject", subject);
  }
}
