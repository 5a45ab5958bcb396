package org.greenvalue.credentials.did;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * A verification method of a DID document, reduced to what verification needs.
 *
 * @param id the absolute DID URL of the method (e.g. {@code did:key:z6Mk...#z6Mk...})
 * @param type {@code Multikey} or {@code JsonWebKey}
 * @param controller the DID that controls the key
 * @param key the public key
 */
public record VerificationMethod(String id, String type, String controller, VerificationKey key) {

  public VerificationMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(key, "key");
  }

  /** A Multikey method with the given id and controller. */
  public static VerificationMethod multikey(String id, String controller, VerificationKey key) {
    return new VerificationMethod(id, "Multikey", controller, key);
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("id", id)
        .add("type", "Multikey")
        .add("controller", controller)
        .add("publicKeyMultibase", Multikey.encodePublic(key))
        .build();
  }
}
