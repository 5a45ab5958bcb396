package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BitstringStatusListSubjectTest {

  static final String ID = "https://registry.example/status/3#list";

  @Test
  void buildsTheStatusListSubjectWithOptionalTtl() {
    var subject =
        BitstringStatusListSubject.of(ID, StatusPurpose.REVOCATION, BitstringStatusList.create())
            .withTtl(Duration.ofMinutes(10));
    JsonObject json = subject.toJson();
    assertThat(json.getString("type")).isEqualTo("BitstringStatusList");
    assertThat(json.getString("statusPurpose")).isEqualTo("revocation");
    assertThat(json.getString("encodedList")).startsWith("u");
    assertThat(json.getJsonNumber("ttl").longValue()).isEqualTo(600_000);
    assertThat(BitstringStatusListSubject.parse(json).value()).isEqualTo(subject);
    assertThat(BitstringStatusListSubject.CREDENTIAL_TYPES)
        .containsExactly("VerifiableCredential", "BitstringStatusListCredential");
  }

  @Test
  void readsSeveralPurposesFromAnArray() {
    var subject =
        new BitstringStatusListSubject(
            ID,
            Set.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION),
            BitstringStatusList.create().encode(),
            Optional.empty());
    var json = subject.toJson();
    assertThat(json.getJsonArray("statusPurpose")).hasSize(2);
    assertThat(BitstringStatusListSubject.parse(json).value()).isEqualTo(subject);
  }

  static Stream<Arguments> hostile() {
    JsonObject v =
        BitstringStatusListSubject.of(ID, StatusPurpose.REVOCATION, BitstringStatusList.create())
            .toJson();
    return Stream.of(
        Arguments.of(with(v, "/type", "StatusList2021"), "/type: must be BitstringStatusList"),
        Arguments.of(with(v, "/statusPurpose", "expiry"), "/statusPurpose"),
        Arguments.of(
            with(v, "/statusPurpose", Json.createArrayBuilder().add("revocation").add(1).build()),
            "/statusPurpose"),
        Arguments.of(with(v, "/statusPurpose", Json.createArrayBuilder().build()), "non-empty"),
        Arguments.of(with(v, "/ttl", Json.createValue(-1)), "/ttl"),
        Arguments.of(with(v, "/ttl", "300000"), "/ttl"),
        Arguments.of(with(v, "/ttl", Json.createValue(1.5)), "/ttl"),
        Arguments.of(with(v, "/encodedList", (String) null), "/encodedList: is required"),
        Arguments.of(with(v, "/id", (String) null), "/id: is required"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusesHostileSubjects(JsonObject json, String reason) {
    assertThat(BitstringStatusListSubject.parse(json).reason()).contains(reason);
  }
}
