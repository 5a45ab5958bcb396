package org.greenvalue.credentials.status;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;

/**
 * The {@code credentialSubject} of a {@code BitstringStatusListCredential}.
 *
 * <p>JSON: {@code {"id": "https://.../status/3#list", "type": "BitstringStatusList",
 * "statusPurpose": "revocation", "encodedList": "uH4sI...", "ttl": 300000}}; {@code statusPurpose}
 * is one string or an array of them, {@code ttl} (milliseconds) is optional. The terms are defined
 * by the VC 2.0 context, so the status list credential needs no other context.
 *
 * @param id the subject id, usually the list credential's URL with a fragment
 * @param statusPurposes the purposes this list serves, at least one
 * @param encodedList the encoded bitstring ({@link BitstringStatusList#encode()})
 * @param ttl how long a verifier may cache the list, when stated
 */
public record BitstringStatusListSubject(
    String id, Set<StatusPurpose> statusPurposes, String encodedList, Optional<Duration> ttl) {

  public static final String TYPE = "BitstringStatusList";

  /** The credential types of a status list credential. */
  public static final List<String> CREDENTIAL_TYPES =
      List.of("VerifiableCredential", "BitstringStatusListCredential");

  /** The cache time a verifier assumes when {@code ttl} is absent (300,000 ms). */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  public BitstringStatusListSubject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(encodedList, "encodedList");
    Objects.requireNonNull(ttl, "ttl");
    statusPurposes = Set.copyOf(statusPurposes);
    if (statusPurposes.isEmpty()) {
      throw new IllegalArgumentException("a status list has at least one purpose");
    }
    ttl.filter(Duration::isNegative)
        .ifPresent(
            t -> {
              throw new IllegalArgumentException("ttl must not be negative");
            });
  }

  /** The subject publishing {@code list} for one purpose, without ttl. */
  public static BitstringStatusListSubject of(
      String id, StatusPurpose purpose, BitstringStatusList list) {
    return new BitstringStatusListSubject(id, Set.of(purpose), list.encode(), Optional.empty());
  }

  public BitstringStatusListSubject withTtl(Duration ttl) {
    return new BitstringStatusListSubject(id, statusPurposes, encodedList, Optional.of(ttl));
  }

  /** Reads an untrusted status list credential subject. */
  public static Result<BitstringStatusListSubject> parse(JsonObject json) {
    return StatusListSubjectReader.read(json);
  }

  /** Decodes {@link #encodedList()} for entries of the given width. */
  public Result<BitstringStatusList> decode(int statusSize) {
    return BitstringStatusList.decode(encodedList, statusSize);
  }

  public JsonObject toJson() {
    var json = JSON.createObjectBuilder().add("id", id).add("type", TYPE);
    var purposes = statusPurposes.stream().map(StatusPurpose::wireName).sorted().toList();
    if (purposes.size() == 1) {
      json.add("statusPurpose", purposes.get(0));
    } else {
      json.add("statusPurpose", JSON.createArrayBuilder(purposes));
    }
    json.add("encodedList", encodedList);
    ttl.ifPresent(t -> json.add("ttl", t.toMillis()));
    return json.build();
  }
}
