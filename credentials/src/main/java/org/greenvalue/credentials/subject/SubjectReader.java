package org.greenvalue.credentials.subject;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;

/**
 * Reads the members of an untrusted JSON object, recording a {@link Violation} (with its JSON
 * Pointer) for each member that is missing or malformed instead of throwing. A reader for a nested
 * object shares the violations of its parent, so one parse reports every problem at once.
 */
public final class SubjectReader {

  /** Longest text member accepted. */
  public static final int MAX_TEXT_LENGTH = 4096;

  private final JsonObject object;
  private final String pointer;
  private final List<Violation> violations;

  private SubjectReader(JsonObject object, String pointer, List<Violation> violations) {
    this.object = object;
    this.pointer = pointer;
    this.violations = violations;
  }

  /** A reader over a whole document. */
  public static SubjectReader of(JsonObject document) {
    return new SubjectReader(document, "", new ArrayList<>());
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Records a violation at a member of this object. */
  public void reject(String member, String message) {
    violations.add(new Violation(Violation.memberPointer(pointer, member), message));
  }

  /** Records a violation at this object itself. */
  public void rejectHere(String message) {
    violations.add(new Violation(pointer, message));
  }

  public boolean has(String member) {
    return object.containsKey(member) && object.get(member) != JsonValue.NULL;
  }

  /** A non-empty string member. */
  public Optional<String> text(String member) {
    if (!has(member)) {
      reject(member, "is required");
      return Optional.empty();
    }
    return optionalText(member);
  }

  /** A string member that may be absent; present but blank or not a string is a violation. */
  public Optional<String> optionalText(String member) {
    if (!has(member)) {
      return Optional.empty();
    }
    if (!(object.get(member) instanceof JsonString s)) {
      reject(member, "must be a string");
      return Optional.empty();
    }
    String text = s.getString();
    if (text.isBlank()) {
      reject(member, "must not be blank");
      return Optional.empty();
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      reject(member, "must be at most " + MAX_TEXT_LENGTH + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** An exact decimal written as a JSON string ({@code "12.500"}); a JSON number is refused. */
  public Optional<BigDecimal> decimal(String member) {
    if (has(member) && object.get(member).getValueType() == JsonValue.ValueType.NUMBER) {
      reject(member, "must be a decimal string such as \"12.5\", not a JSON number");
      return Optional.empty();
    }
    return text(member).flatMap(t -> convert(member, t, DecimalText::parse, "a decimal string"));
  }

  /** An instant in ISO 8601 / RFC 3339 form with a zone offset ({@code 2024-04-01T00:00:00Z}). */
  public Optional<Instant> instant(String member) {
    return text(member)
        .flatMap(
            t ->
                convert(
                    member, t, SubjectReader::instantOf, "an RFC 3339 " + "date-time with offset"));
  }

  public Optional<Sha256Digest> digest(String member) {
    return text(member).flatMap(t -> fromResult(member, Sha256Digest.parse(t)));
  }

  public Optional<MerkleRoot> merkleRoot(String member) {
    return text(member).flatMap(t -> fromResult(member, MerkleRoot.parse(t)));
  }

  /** A member whose value is one of the wire names of {@code type}. */
  public <E extends Enum<E> & WireName> Optional<E> choice(String member, Class<E> type) {
    return text(member)
        .flatMap(t -> convert(member, t, s -> WireName.find(type, s), WireName.choices(type)));
  }

  /** A nested object member; its reader records violations under this one's pointer. */
  public Optional<SubjectReader> object(String member) {
    if (!has(member)) {
      reject(member, "is required");
      return Optional.empty();
    }
    if (!(object.get(member) instanceof JsonObject nested)) {
      reject(member, "must be an object");
      return Optional.empty();
    }
    return Optional.of(
        new SubjectReader(nested, Violation.memberPointer(pointer, member), violations));
  }

  /** A {@link Period} member: an object with {@code start} and {@code end}, end after start. */
  public Optional<Period> period(String member) {
    return object(member).flatMap(SubjectReader::periodHere);
  }

  private Optional<Period> periodHere() {
    var start = instant("start");
    var end = instant("end");
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      reject("end", "must be after start (the period is empty or inverted)");
      return Optional.empty();
    }
    return Optional.of(new Period(start.get(), end.get()));
  }

  /** A non-empty array of objects, each read by its own reader. */
  public List<SubjectReader> objects(String member) {
    if (!has(member)) {
      reject(member, "is required");
      return List.of();
    }
    if (!(object.get(member) instanceof jakarta.json.JsonArray array)) {
      reject(member, "must be an array");
      return List.of();
    }
    if (array.isEmpty()) {
      reject(member, "must not be empty");
    }
    var readers = new ArrayList<SubjectReader>();
    String arrayPointer = Violation.memberPointer(pointer, member);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonObject item) {
        readers.add(new SubjectReader(item, arrayPointer + "/" + i, violations));
      } else {
        violations.add(new Violation(arrayPointer + "/" + i, "must be an object"));
      }
    }
    return readers;
  }

  /**
   * An array of non-blank strings, each at most {@value #MAX_TEXT_LENGTH} characters; absent is an
   * empty list, and so is a malformed array (with its violations recorded).
   */
  public List<String> texts(String member) {
    if (!has(member)) {
      return List.of();
    }
    if (!(object.get(member) instanceof jakarta.json.JsonArray array)) {
      reject(member, "must be an array of strings");
      return List.of();
    }
    var texts = new ArrayList<String>();
    String arrayPointer = Violation.memberPointer(pointer, member);
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
        violations.add(new Violation(arrayPointer + "/" + i, "must be a non-blank string"));
      } else if (s.getString().length() > MAX_TEXT_LENGTH) {
        violations.add(
            new Violation(
                arrayPointer + "/" + i, "must be at most " + MAX_TEXT_LENGTH + " characters"));
      } else {
        texts.add(s.getString());
      }
    }
    return texts;
  }

  /** Records a violation at an element of an array member of this object. */
  public void rejectItem(String member, int index, String message) {
    violations.add(new Violation(Violation.memberPointer(pointer, member) + "/" + index, message));
  }

  private <T> Optional<T> convert(
      String member, String text, Function<String, Optional<T>> parser, String expected) {
    Optional<T> value = parser.apply(text);
    if (value.isEmpty()) {
      reject(member, "must be " + expected);
    }
    return value;
  }

  private <T> Optional<T> fromResult(String member, Result<T> result) {
    if (!result.succeeded()) {
      reject(member, result.reason());
      return Optional.empty();
    }
    return Optional.of(result.value());
  }

  private static Optional<Instant> instantOf(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
