package org.greenvalue.credentials.model;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * What credentials and presentations share: an immutable view over the JSON object they were read
 * from, with lenient accessors for the properties both carry (§4.3 contexts, §4.4 identifiers, §4.5
 * types, embedded proofs) and copy-on-write updates.
 *
 * @param <T> the concrete document type returned by updates
 */
public abstract sealed class DataModelDocument<T extends DataModelDocument<T>>
    permits VerifiableCredential, VerifiablePresentation {

  private final JsonObject json;

  DataModelDocument(JsonObject json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** A document of the same type over other JSON. */
  abstract T copyOf(JsonObject json);

  /** The document as JSON, exactly as read or built. */
  public final JsonObject json() {
    return json;
  }

  /** Compact JSON text of {@link #json()}. */
  public final String write() {
    return JsonDocuments.write(json);
  }

  public final List<String> contexts() {
    return JsonProperties.strings(json, "@context");
  }

  /**
   * The data model version its first {@code @context} item names; empty when it names none or names
   * both base contexts.
   */
  public final Optional<DataModelVersion> dataModel() {
    List<JsonValue> items = JsonProperties.values(json, "@context");
    if (items.isEmpty()
        || !(items.get(0) instanceof JsonString first)
        || DataModelVersion.mixes(contexts())) {
      return Optional.empty();
    }
    return DataModelVersion.ofFirstContext(List.of(first.getString()));
  }

  public final Optional<String> id() {
    return JsonProperties.string(json, "id");
  }

  public final List<String> types() {
    return JsonProperties.strings(json, "type");
  }

  /** Embedded proofs (Data Integrity), raw. */
  public final List<JsonObject> proofs() {
    return JsonProperties.objects(json, "proof");
  }

  /** A copy with the property set (replacing an existing value in place, else appended). */
  public final T withProperty(String name, JsonValue value) {
    return copyOf(JSON.createObjectBuilder(json).add(name, value).build());
  }

  /** A copy with the property set to a string. */
  public final T withProperty(String name, String value) {
    return withProperty(name, JSON.createValue(value));
  }

  /** A copy without the property (e.g. without {@code proof}, to verify it). */
  public final T withoutProperty(String name) {
    return copyOf(JSON.createObjectBuilder(json).remove(name).build());
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((DataModelDocument<?>) o).json.equals(json);
  }

  @Override
  public final int hashCode() {
    return json.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + id().orElse("no id") + "]";
  }
}
