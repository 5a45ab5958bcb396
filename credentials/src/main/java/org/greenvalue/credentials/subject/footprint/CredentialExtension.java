package org.greenvalue.credentials.subject.footprint;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The PACT data model extension that carries a footprint's Verifiable Credential, so plain PACT
 * clients ignore it and verifying clients find it:
 *
 * <pre>{@code
 * {"specVersion": "2.0.0",
 *  "dataSchema": "https://greenvalue.org/ns/pact/verifiable-credential/1.0.0/schema.json",
 *  "documentation": "https://greenvalue.org/ns/pact/verifiable-credential/1.0.0/",
 *  "data": {"mediaType": "application/vc+jwt", "credential": "<compact JWS>"}}
 * }</pre>
 *
 * or {@code "mediaType": "application/vc"} with {@code "credential"} the Data Integrity credential
 * as a JSON object. The credential's subject holds the footprint as issued, without this extension.
 */
public final class CredentialExtension {

  public static final String DATA_SCHEMA =
      "https://greenvalue.org/ns/pact/verifiable-credential/1.0.0/schema.json";
  public static final String DOCUMENTATION =
      "https://greenvalue.org/ns/pact/verifiable-credential/1.0.0/";
  public static final String SPEC_VERSION = "2.0.0";

  private CredentialExtension() {}

  /** The secured credential in the footprint's extension, if it carries ours. */
  public static Optional<String> credentialOf(JsonObject footprint) {
    if (!(footprint.get("extensions") instanceof JsonArray extensions)) {
      return Optional.empty();
    }
    for (JsonValue each : extensions) {
      if (each instanceof JsonObject extension
          && DATA_SCHEMA.equals(extension.getString("dataSchema", null))
          && extension.get("data") instanceof JsonObject data) {
        JsonValue credential = data.get("credential");
        if (credential instanceof JsonString jwt) {
          return Optional.of(jwt.getString());
        }
        if (credential instanceof JsonObject json) {
          return Optional.of(JsonDocuments.write(json));
        }
      }
    }
    return Optional.empty();
  }

  /** The extension object for a secured credential (a compact JWS or Data Integrity JSON). */
  public static JsonObject of(String secured) {
    var data = JsonDocuments.JSON.createObjectBuilder();
    if (secured.strip().startsWith("{")) {
      data.add("mediaType", "application/vc")
          .add("credential", JsonDocuments.parseObject(secured).value());
    } else {
      data.add("mediaType", "application/vc+jwt").add("credential", secured);
    }
    return JsonDocuments.JSON
        .createObjectBuilder()
        .add("specVersion", SPEC_VERSION)
        .add("dataSchema", DATA_SCHEMA)
        .add("documentation", DOCUMENTATION)
        .add("data", data)
        .build();
  }

  /** The footprint without our extension, as the credential's subject should hold it. */
  public static JsonObject withoutCredential(JsonObject footprint) {
    if (!(footprint.get("extensions") instanceof JsonArray extensions)) {
      return footprint;
    }
    var kept = JsonDocuments.JSON.createArrayBuilder();
    int count = 0;
    for (JsonValue each : extensions) {
      if (!(each instanceof JsonObject e && DATA_SCHEMA.equals(e.getString("dataSchema", null)))) {
        kept.add(each);
        count++;
      }
    }
    var builder = JsonDocuments.JSON.createObjectBuilder(footprint);
    return count == 0
        ? builder.remove("extensions").build()
        : builder.add("extensions", kept).build();
  }
}
