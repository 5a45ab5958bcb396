package org.greenvalue.issuer.issuing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.greenvalue.credentials.subject.SubjectKind;

/**
 * What ties a credential to a PACT footprint's green value extension: a ΔCO2 credential's product
 * ({@code credentialSubject.productId}) and an assurance credential's assured digest ({@code
 * credentialSubject.assuredCredential}); null when the credential has none.
 */
record CredentialLinks(String productId, String assures) {

  static CredentialLinks of(String kind, JsonObject credential) {
    if (!(credential.get("credentialSubject") instanceof JsonObject subject)) {
      return new CredentialLinks(null, null);
    }
    String productId =
        SubjectKind.EMISSION_REDUCTION.credentialType().equals(kind)
            ? text(subject, "productId")
            : null;
    String assures =
        SubjectKind.ASSURANCE.credentialType().equals(kind)
            ? text(subject, "assuredCredential")
            : null;
    return new CredentialLinks(productId, assures);
  }

  /** Whether a footprint's extension shows this credential, so served pages must be rendered. */
  boolean shownOnFootprints() {
    return productId != null || assures != null;
  }

  private static String text(JsonObject subject, String member) {
    return subject.get(member) instanceof JsonString s ? s.getString() : null;
  }
}
