package org.greenvalue.credentials.did;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.jwk.JsonWebKeys;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * Reads a DID document (DID Core §5) into a {@link DidDocument}. The {@code id} must be the DID
 * resolved. Verification methods of type {@code Multikey} or {@code Ed25519VerificationKey2020}
 * ({@code publicKeyMultibase}) and {@code JsonWebKey}/{@code JsonWebKey2020} ({@code publicKeyJwk})
 * with Ed25519 or P-256 keys are kept; methods of other types or curves are left out (a reference
 * to one then does not resolve). Relationships may reference methods by id (absolute or {@code
 * #fragment}) or embed them.
 */
public final class DidDocumentParser {

  private DidDocumentParser() {}

  public static Result<DidDocument> parse(JsonObject json, String did) {
    if (!(json.get("id") instanceof JsonString id) || !id.getString().equals(did)) {
      return Result.failure("DID document id " + json.get("id") + " is not " + did);
    }
    var methods = new ArrayList<VerificationMethod>();
    for (JsonValue entry : items(json, "verificationMethod")) {
      Result<Optional<VerificationMethod>> method = method(entry, did);
      if (!method.succeeded()) {
        return Result.failure(method.reason());
      }
      method.value().ifPresent(methods::add);
    }
    Map<VerificationRelationship, Set<String>> relationships =
        new EnumMap<>(VerificationRelationship.class);
    for (VerificationRelationship relationship : VerificationRelationship.values()) {
      var ids = new LinkedHashSet<String>();
      for (JsonValue entry : items(json, relationship.term())) {
        if (entry instanceof JsonString ref) {
          ids.add(absolute(ref.getString(), did));
          continue;
        }
        Result<Optional<VerificationMethod>> embedded = method(entry, did);
        if (!embedded.succeeded()) {
          return Result.failure(embedded.reason());
        }
        embedded
            .value()
            .ifPresent(
                m -> {
                  methods.add(m);
                  ids.add(m.id());
                });
      }
      if (!ids.isEmpty()) {
        relationships.put(relationship, ids);
      }
    }
    if (methods.stream().map(VerificationMethod::id).distinct().count() != methods.size()) {
      return Result.failure("DID document " + did + " defines a verification method twice");
    }
    return Result.success(new DidDocument(did, methods, relationships));
  }

  /** A supported method, empty for an unsupported type or key, or a failure if malformed. */
  private static Result<Optional<VerificationMethod>> method(JsonValue entry, String did) {
    if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
      return Result.failure("verification methods must be objects or id strings");
    }
    JsonObject object = entry.asJsonObject();
    Optional<String> id = string(object, "id").map(v -> absolute(v, did));
    Optional<String> controller = string(object, "controller");
    Optional<String> type = string(object, "type");
    if (id.isEmpty() || controller.isEmpty() || type.isEmpty()) {
      return Result.failure("a verification method needs id, type and controller");
    }
    if (!id.get().startsWith(did + "#")) {
      return Result.success(Optional.empty());
    }
    Result<VerificationKey> key =
        switch (type.get()) {
          case "Multikey" ->
              string(object, "publicKeyMultibase")
                  .map(Multikey::decodePublic)
                  .orElseGet(() -> Result.failure("Multikey without publicKeyMultibase"));
          case "Ed25519VerificationKey2020" ->
              string(object, "publicKeyMultibase")
                  .map(Multikey::decodePublic)
                  .orElseGet(() -> Result.failure("Ed25519VerificationKey2020 without a key"))
                  .flatMap(
                      k ->
                          k.type() == KeyType.ED25519
                              ? Result.success(k)
                              : Result.failure("Ed25519VerificationKey2020 holds a " + k.type()));
          case "JsonWebKey", "JsonWebKey2020" ->
              object.get("publicKeyJwk") instanceof JsonObject jwk
                  ? JsonWebKeys.fromJson(jwk)
                  : Result.failure(type.get() + " without publicKeyJwk");
          default -> Result.failure("unsupported verification method type " + type.get());
        };
    return Result.success(
        key.succeeded()
            ? Optional.of(
                new VerificationMethod(id.get(), type.get(), controller.get(), key.value()))
            : Optional.empty());
  }

  private static List<JsonValue> items(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null) {
      return List.of();
    }
    return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
  }

  private static Optional<String> string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }

  private static String absolute(String id, String did) {
    return id.startsWith("#") ? did + id : id;
  }
}
