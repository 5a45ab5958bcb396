package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BitstringStatusListEntryTest {

  static final URI LIST = URI.create("https://registry.example/status/3");

  static JsonObject valid() {
    return BitstringStatusListEntry.of(StatusPurpose.REVOCATION, 94567, LIST).toJson();
  }

  @Test
  void writesTheSpecifiedShapeWithTheIndexAsAString() {
    assertThat(valid().toString())
        .isEqualTo(
            "{\"id\":\"https://registry.example/status/3#94567\","
                + "\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\","
                + "\"statusListIndex\":\"94567\","
                + "\"statusListCredential\":\"https://registry.example/status/3\"}");
  }

  @Test
  void roundTripsOneBitAndMultiBitEntries() {
    var oneBit = BitstringStatusListEntry.of(StatusPurpose.SUSPENSION, 0, LIST);
    assertThat(BitstringStatusListEntry.parse(oneBit.toJson()).value()).isEqualTo(oneBit);
    var twoBit = messageEntry();
    var parsed = BitstringStatusListEntry.parse(twoBit.toJson()).value();
    assertThat(parsed).isEqualTo(twoBit);
    assertThat(parsed.messageFor(2)).contains("pending review");
    assertThat(parsed.toJson().getInt("statusSize")).isEqualTo(2);
  }

  static BitstringStatusListEntry messageEntry() {
    return new BitstringStatusListEntry(
        Optional.empty(),
        StatusPurpose.MESSAGE,
        7,
        LIST,
        2,
        List.of(
            new StatusMessage("0x0", "valid"),
            new StatusMessage("0x1", "superseded"),
            new StatusMessage("0x2", "pending review"),
            new StatusMessage("0x3", "withdrawn")));
  }

  static Stream<Arguments> hostile() {
    JsonObject v = valid();
    return Stream.of(
        Arguments.of(with(v, "/statusListIndex", Json.createValue(94567)), "/statusListIndex"),
        Arguments.of(with(v, "/statusListIndex", "-1"), "/statusListIndex"),
        Arguments.of(with(v, "/statusListIndex", "0094567"), "/statusListIndex"),
        Arguments.of(with(v, "/statusListIndex", "1e3"), "/statusListIndex"),
        Arguments.of(with(v, "/statusListIndex", "99999999999"), "below 2^31"),
        Arguments.of(with(v, "/statusListIndex", (String) null), "/statusListIndex: is required"),
        Arguments.of(with(v, "/statusListCredential", "status/3"), "absolute URL"),
        Arguments.of(with(v, "/statusListCredential", "https://a b"), "absolute URL"),
        Arguments.of(with(v, "/statusPurpose", "expiry"), "/statusPurpose: must be revocation"),
        Arguments.of(with(v, "/type", "StatusList2021Entry"), "/type: must be"),
        Arguments.of(with(v, "/statusSize", Json.createValue(2)), "/statusMessage: is required"),
        Arguments.of(with(v, "/statusSize", Json.createValue(0)), "/statusSize"),
        Arguments.of(with(v, "/statusSize", Json.createValue(1.5)), "/statusSize"),
        Arguments.of(with(v, "/statusSize", "2"), "/statusSize"),
        Arguments.of(
            with(
                v,
                "/statusMessage",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("status", "0x0").add("message", "ok"))
                    .build()),
            "/statusMessage: must have 2 entries"),
        Arguments.of(
            with(
                with(messageEntry().toJson(), "/statusMessage/1/status", "one"),
                "/statusSize",
                Json.createValue(2)),
            "/statusMessage/1/status"),
        Arguments.of(with(v, "/statusMessage", JsonValue.EMPTY_JSON_ARRAY), "must not be empty"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusesHostileEntriesWithTheirPointer(JsonObject entry, String reason) {
    var result = BitstringStatusListEntry.parse(entry);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesInconsistentEntriesInCode() {
    assertThatThrownBy(
            () ->
                new BitstringStatusListEntry(
                    Optional.empty(), StatusPurpose.MESSAGE, 1, LIST, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BitstringStatusListEntry.of(StatusPurpose.REVOCATION, -1, LIST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> BitstringStatusListEntry.of(StatusPurpose.REVOCATION, 1, URI.create("rel")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusMessage("1", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
