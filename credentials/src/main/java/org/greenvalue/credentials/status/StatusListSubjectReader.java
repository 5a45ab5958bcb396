package org.greenvalue.credentials.status;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;
import org.greenvalue.credentials.subject.WireName;

/** Reads a {@link BitstringStatusListSubject} from untrusted JSON, collecting every violation. */
final class StatusListSubjectReader {

  private static final BigDecimal MAX_TTL_MILLIS = BigDecimal.valueOf(Long.MAX_VALUE);

  private StatusListSubjectReader() {}

  static Result<BitstringStatusListSubject> read(JsonObject json) {
    var in = SubjectReader.of(json);
    var id = in.text("id");
    in.text("type")
        .filter(t -> !t.equals(BitstringStatusListSubject.TYPE))
        .ifPresent(t -> in.reject("type", "must be " + BitstringStatusListSubject.TYPE));
    var purposes = purposes(in, json.get("statusPurpose"));
    var encodedList = in.text("encodedList");
    var ttl = ttl(in, json.get("ttl"));
    return Violations.toResult(
        in.violations(),
        () -> new BitstringStatusListSubject(id.get(), purposes, encodedList.get(), ttl));
  }

  private static Set<StatusPurpose> purposes(SubjectReader in, JsonValue value) {
    var purposes = EnumSet.noneOf(StatusPurpose.class);
    if (value instanceof JsonString) {
      in.choice("statusPurpose", StatusPurpose.class).ifPresent(purposes::add);
      return purposes;
    }
    if (value instanceof JsonArray array && !array.isEmpty()) {
      for (JsonValue item : array) {
        Optional<StatusPurpose> purpose =
            item instanceof JsonString s
                ? WireName.find(StatusPurpose.class, s.getString())
                : Optional.empty();
        purpose.ifPresentOrElse(
            purposes::add,
            () ->
                in.reject(
                    "statusPurpose", "must be among " + WireName.choices(StatusPurpose.class)));
      }
      return purposes;
    }
    in.reject("statusPurpose", "must be a purpose or a non-empty array of purposes");
    return purposes;
  }

  private static Optional<Duration> ttl(SubjectReader in, JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber n
        && n.isIntegral()
        && n.bigDecimalValue().signum() >= 0
        && n.bigDecimalValue().compareTo(MAX_TTL_MILLIS) <= 0) {
      return Optional.of(Duration.ofMillis(n.longValue()));
    }
    in.reject("ttl", "must be a non-negative integer number of milliseconds");
    return Optional.empty();
  }
}
