package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A presentation of the W3C Verifiable Credentials Data Model 2.0 (§4.13), backed by the JSON
 * object it was read from; writing it gives that object back unchanged.
 */
public final class VerifiablePresentation extends DataModelDocument<VerifiablePresentation> {

  public static final String TYPE = "VerifiablePresentation";

  private VerifiablePresentation(JsonObject json) {
    super(json);
  }

  @Override
  VerifiablePresentation copyOf(JsonObject json) {
    return new VerifiablePresentation(json);
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

  /** The holder's id: the {@code holder} string or the {@code id} of a holder object. */
  public Optional<String> holderId() {
    return JsonProperties.idOf(json().get("holder"));
  }

  /** The raw {@code verifiableCredential} entries, objects or not. */
  public List<JsonValue> verifiableCredentialEntries() {
    return JsonProperties.values(json(), "verifiableCredential");
  }

  /**
   * The object entries of {@code verifiableCredential}, each read as enveloped (when its type says
   * so and its id is a data URL) or embedded.
   */
  public List<PresentedCredential> verifiableCredentials() {
    return JsonProperties.objects(json(), "verifiableCredential").stream()
        .map(VerifiablePresentation::presented)
        .toList();
  }

  static PresentedCredential presented(JsonObject entry) {
    var enveloped = EnvelopedVerifiableCredential.parse(entry);
    if (enveloped.succeeded()) {
      return enveloped.value();
    }
    return new EmbeddedCredential(VerifiableCredential.of(entry));
  }
}
