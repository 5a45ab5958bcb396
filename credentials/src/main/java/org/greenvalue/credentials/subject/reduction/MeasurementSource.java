package org.greenvalue.credentials.subject.reduction;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * One source of the data behind a reduction claim. A metered source names its meter.
 *
 * <p>JSON: {@code {"sourceType": "metered", "meterId": "M-17", "description": "..."}}. The member
 * is {@code sourceType}, not {@code type}: in a JSON-LD credential {@code type} is {@code @type}.
 */
public record MeasurementSource(
    MeasurementType sourceType, Optional<String> meterId, String description) {

  public MeasurementSource {
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(meterId, "meterId");
    Objects.requireNonNull(description, "description");
    if (sourceType == MeasurementType.METERED && meterId.isEmpty()) {
      throw new IllegalArgumentException("a metered source names its meter id");
    }
  }

  public static MeasurementSource metered(String meterId, String description) {
    return new MeasurementSource(MeasurementType.METERED, Optional.of(meterId), description);
  }

  public static MeasurementSource of(MeasurementType type, String description) {
    return new MeasurementSource(type, Optional.empty(), description);
  }

  public JsonObject toJson() {
    var json = JSON.createObjectBuilder().add("sourceType", sourceType.wireName());
    meterId.ifPresent(id -> json.add("meterId", id));
    return json.add("description", description).build();
  }
}
