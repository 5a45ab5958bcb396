package org.greenvalue.credentials.related;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.model.Urls;

/**
 * One entry of a credential's {@code relatedResource} (VC DM 2.0 §5.3): the resource's URL and the
 * digests it must hash to.
 *
 * @param id the resource's URL
 * @param sri the hashes of {@code digestSRI}, empty when absent
 * @param multibase the hash of {@code digestMultibase}, when present
 */
public record RelatedResource(
    String id, List<ResourceDigest> sri, Optional<ResourceDigest> multibase) {

  public static final String PROPERTY = "relatedResource";

  public RelatedResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(multibase, "multibase");
    sri = List.copyOf(sri);
    if (sri.isEmpty() && multibase.isEmpty()) {
      throw new IllegalArgumentException("a related resource needs digestSRI or digestMultibase");
    }
  }

  /**
   * Whether {@code content} is this resource: its {@code digestMultibase}, when given, matches, and
   * one of the strongest {@code digestSRI} hashes matches (the SRI rule), when given.
   */
  public boolean matches(byte[] content) {
    if (multibase.isPresent() && !multibase.get().matches(content)) {
      return false;
    }
    if (sri.isEmpty()) {
      return true;
    }
    DigestAlgorithm strongest =
        sri.stream()
            .map(ResourceDigest::algorithm)
            .max(Comparator.comparingInt(DigestAlgorithm::length))
            .orElseThrow();
    return sri.stream().filter(d -> d.algorithm() == strongest).anyMatch(d -> d.matches(content));
  }

  /**
   * The {@code relatedResource} entries of a credential: empty when the property is absent; a
   * failure naming the first fault when an entry is not an object, has no URL {@code id}, repeats
   * an id, or has no well-formed digest.
   */
  public static Result<List<RelatedResource>> of(JsonObject credential) {
    JsonValue value = credential.get(PROPERTY);
    if (value == null) {
      return Result.success(List.of());
    }
    List<JsonValue> items = value instanceof JsonArray array ? List.copyOf(array) : List.of(value);
    if (items.isEmpty()) {
      return Result.failure("relatedResource must not be empty");
    }
    List<RelatedResource> resources = new ArrayList<>();
    var ids = new HashSet<String>();
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject object)) {
        return Result.failure("every relatedResource entry must be an object");
      }
      Result<RelatedResource> resource = read(object);
      if (!resource.succeeded()) {
        return Result.failure(resource.reason());
      }
      if (!ids.add(resource.value().id())) {
        return Result.failure("relatedResource id " + resource.value().id() + " is repeated");
      }
      resources.add(resource.value());
    }
    return Result.success(List.copyOf(resources));
  }

  private static Result<RelatedResource> read(JsonObject object) {
    if (!(object.get("id") instanceof JsonString id) || !Urls.isUrl(id.getString())) {
      return Result.failure("every relatedResource entry needs an id that is a URL");
    }
    String where = "relatedResource " + id.getString() + ": ";
    JsonValue sriValue = object.get("digestSRI");
    JsonValue multibaseValue = object.get("digestMultibase");
    if (sriValue == null && multibaseValue == null) {
      return Result.failure(where + "needs digestSRI or digestMultibase");
    }
    List<ResourceDigest> sri = List.of();
    if (sriValue != null) {
      if (!(sriValue instanceof JsonString text)) {
        return Result.failure(where + "digestSRI must be a string");
      }
      Result<List<ResourceDigest>> parsed = ResourceDigest.parseSri(text.getString());
      if (!parsed.succeeded()) {
        return Result.failure(where + parsed.reason());
      }
      sri = parsed.value();
    }
    Optional<ResourceDigest> multibase = Optional.empty();
    if (multibaseValue != null) {
      if (!(multibaseValue instanceof JsonString text)) {
        return Result.failure(where + "digestMultibase must be a string");
      }
      Result<ResourceDigest> parsed = ResourceDigest.parseMultibase(text.getString());
      if (!parsed.succeeded()) {
        return Result.failure(where + parsed.reason());
      }
      multibase = Optional.of(parsed.value());
    }
    if (object.containsKey("mediaType") && !(object.get("mediaType") instanceof JsonString)) {
      return Result.failure(where + "mediaType must be a string");
    }
    return Result.success(new RelatedResource(id.getString(), sri, multibase));
  }
}
