package org.greenvalue.credentials.subject.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.subject.Fixtures;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssuranceStatementTest {

  static AssuranceStatement statement(String materiality) {
    return new AssuranceStatement(
        Sha256Digest.parse(Fixtures.DIGEST).value(),
        Optional.of("https://issuer.example/credentials/42"),
        MerkleRoot.parse(Fixtures.ROOT).value(),
        AssuranceLevel.LIMITED,
        AssuranceStatement.ISO_14064_3,
        new BigDecimal(materiality),
        AssuranceOpinion.UNMODIFIED,
        new Period(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
        "ΔCO2 of the heat pump project at plant 2, FY2024",
        new Accreditation("JAB", "VV-0042", Accreditation.ISO_14065));
  }

  @Test
  void roundTripsThroughJsonWithMaterialityExact() {
    var original = statement("5.00");
    var parsed = AssuranceStatement.parse(original.toJson()).value();
    assertThat(parsed).isEqualTo(original);
    assertThat(original.toJson().getString("materiality")).isEqualTo("5.00");
    assertThat(original.kind()).isEqualTo(SubjectKind.ASSURANCE);
  }

  @Test
  void writesTheDocumentedShape() {
    JsonObject json = statement("5").toJson();
    assertThat(json.getString("type")).isEqualTo("AssuranceStatement");
    assertThat(json.getString("assuredCredential")).isEqualTo(Fixtures.DIGEST);
    assertThat(json.getString("level")).isEqualTo("limited");
    assertThat(json.getString("opinion")).isEqualTo("unmodified");
    assertThat(json.getJsonObject("accreditation").getString("standard")).isEqualTo("ISO 14065");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("/level", "high", "/level: must be limited | reasonable"),
        Arguments.of("/opinion", "clean", "/opinion: must be unmodified | qualified"),
        Arguments.of("/materiality", "0", "/materiality: must be a percentage above 0"),
        Arguments.of("/materiality", "100.01", "/materiality: must be a percentage"),
        Arguments.of("/materiality", "-5", "/materiality: must be a percentage"),
        Arguments.of("/materiality", "5%", "/materiality: must be a decimal string"),
        Arguments.of("/assuredCredential", "sha1:abc", "/assuredCredential: digest must start"),
        Arguments.of("/evidenceMerkleRoot", "abc", "/evidenceMerkleRoot: Merkle root must be"),
        Arguments.of("/period/end", "2024-04-01T00:00:00Z", "/period/end: must be after start"),
        Arguments.of("/period/start", "yesterday", "/period/start: must be an RFC 3339"),
        Arguments.of("/accreditation/body", "", "/accreditation/body: must not be blank"),
        Arguments.of("/scope", null, "/scope: is required"),
        Arguments.of("/type", "AssuranceCredential", "/type: must be AssuranceStatement"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusesEachMalformedMemberWithItsPointer(String pointer, String value, String reason) {
    var result = AssuranceStatement.parse(with(statement("5").toJson(), pointer, value));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesAnImpossibleMaterialityInCode() {
    assertThatThrownBy(() -> statement("0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reasonableAssuranceSatisfiesALimitedRequirementButNotTheReverse() {
    assertThat(AssuranceLevel.REASONABLE.satisfies(AssuranceLevel.LIMITED)).isTrue();
    assertThat(AssuranceLevel.LIMITED.satisfies(AssuranceLevel.REASONABLE)).isFalse();
  }
}
