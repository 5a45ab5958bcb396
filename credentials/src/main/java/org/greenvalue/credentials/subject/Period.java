package org.greenvalue.credentials.subject;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time interval [start, end): the start is included, the end is not, so consecutive
 * monitoring periods share a boundary without overlapping. An empty or inverted period is refused.
 *
 * <p>JSON: {@code {"start": "2024-04-01T00:00:00Z", "end": "2025-04-01T00:00:00Z"}}.
 */
public record Period(Instant start, Instant end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end must be after its start");
    }
  }

  /** Whether the two periods share any instant. */
  public boolean overlaps(Period other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("start", start.toString())
        .add("end", end.toString())
        .build();
  }
}
