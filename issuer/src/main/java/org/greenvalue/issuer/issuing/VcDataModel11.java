package org.greenvalue.issuer.issuing;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.model.VerifiableCredential;

/**
 * Issuing a VC Data Model 1.1 credential, asked for by a first {@code @context} of {@code
 * https://www.w3.org/2018/credentials/v1}: the issuer fills {@code id}, {@code issuer} and {@code
 * issuanceDate} (1.1 §4.6; not {@code validFrom}), and adds the Data Integrity context, which
 * defines {@code DataIntegrityProof} for a 1.1 document. No status entry is assigned: the 1.1 base
 * context does not define the Bitstring Status List terms our lists use. vc+jwt is refused: the
 * VC-JOSE-COSE envelope secures 2.0 credentials only.
 */
final class VcDataModel11 {

  static final String DATA_INTEGRITY_CONTEXT = "https://w3id.org/security/data-integrity/v2";
  static final String NO_VC_JWT =
      "vc+jwt (VC-JOSE-COSE) secures VC Data Model 2.0 credentials only; issue a 1.1 credential"
          + " (@context https://www.w3.org/2018/credentials/v1) with a Data Integrity suite";

  private VcDataModel11() {}

  /** Whether the caller asks for 1.1: the first {@code @context} item is the 1.1 base context. */
  static boolean requested(JsonObject credential) {
    JsonValue context = credential.get("@context");
    JsonValue first =
        context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
    return first instanceof JsonString s
        && s.getString().equals(DataModelVersion.V1_1.baseContext());
  }

  /** The credential with what the issuer adds, in a readable order. */
  static JsonObject complete(JsonObject unsigned, String id, String issuer, Instant now) {
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    for (var member : unsigned.entrySet()) {
      String name = member.getKey();
      if (name.equals("credentialSubject")) {
        builder.add("id", id);
        if (!unsigned.containsKey("issuer")) {
          builder.add("issuer", issuer);
        }
        if (!unsigned.containsKey("issuanceDate")) {
          builder.add("issuanceDate", now.toString());
        }
      }
      if (name.equals("@context")) {
        builder.add(name, withDataIntegrityContext(member.getValue()));
      } else if (!name.equals("id")) {
        builder.add(name, member.getValue());
      }
    }
    JsonObject built = builder.build();
    return VerifiableCredential.of(built).issuerId().isPresent()
        ? built
        : JSON.createObjectBuilder(built).add("issuer", issuer).build();
  }

  private static JsonValue withDataIntegrityContext(JsonValue context) {
    var array =
        context instanceof JsonArray items
            ? JSON.createArrayBuilder(items)
            : JSON.createArrayBuilder().add(context);
    boolean present =
        context instanceof JsonArray items
            && items.stream()
                .anyMatch(
                    v -> v instanceof JsonString s && s.getString().equals(DATA_INTEGRITY_CONTEXT));
    return present ? context : array.add(DATA_INTEGRITY_CONTEXT).build();
  }
}
