package org.greenvalue.credentials.subject.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.Fixtures;
import org.greenvalue.credentials.subject.Period;
import org.junit.jupiter.api.Test;

class EmissionReductionTest {

  static EmissionReduction reduction(String baseline, String project, String reduction) {
    return new EmissionReduction(
        "urn:gvr:project:kanto-polymers:heat-pump-2024",
        "urn:gvr:facility:kanto-polymers:plant-2",
        Optional.of("urn:pact:product-id:kanto-polymers.example:PP-R-25"),
        "ISO 14064-2",
        new BigDecimal(baseline),
        new BigDecimal(project),
        new BigDecimal(reduction),
        new Period(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z")),
        List.of(
            MeasurementSource.metered("EM-0042", "steam boiler gas meter"),
            MeasurementSource.of(MeasurementType.CALCULATED, "grid emission factor x kWh")),
        new EvidenceBinding(
            Sha256Digest.parse(Fixtures.DIGEST).value(), MerkleRoot.parse(Fixtures.ROOT).value()));
  }

  static JsonObject valid() {
    return reduction("1000.000", "999.999", "0.001").toJson();
  }

  @Test
  void keepsDecimalsExactBaselineMinusProject() {
    var parsed = EmissionReduction.parse(valid()).value();
    assertThat(parsed.reduction()).isEqualByComparingTo("0.001");
    assertThat(parsed.reduction().toPlainString()).isEqualTo("0.001");
    assertThat(parsed.baselineEmissions().toPlainString()).isEqualTo("1000.000");
  }

  @Test
  void writesTheDocumentedShapeWithDecimalsAsStrings() {
    JsonObject json = valid();
    assertThat(json.getString("type")).isEqualTo("EmissionReduction");
    assertThat(json.getString("baselineEmissions")).isEqualTo("1000.000");
    assertThat(json.getString("projectEmissions")).isEqualTo("999.999");
    assertThat(json.getString("reduction")).isEqualTo("0.001");
    assertThat(json.getString("unit")).isEqualTo("tCO2e");
    assertThat(json.getJsonObject("evidencePack").getString("manifestDigest"))
        .isEqualTo(Fixtures.DIGEST);
    assertThat(json.getJsonArray("measurementSources").getJsonObject(0).getString("sourceType"))
        .isEqualTo("metered");
  }

  @Test
  void roundTripsThroughJson() {
    var original = reduction("12.5", "2.25", "10.25");
    assertThat(EmissionReduction.parse(original.toJson()).value()).isEqualTo(original);
  }

  @Test
  void comparesTheReductionRegardlessOfScale() {
    var json = with(valid(), "/reduction", "0.00100");
    assertThat(EmissionReduction.parse(json).succeeded()).isTrue();
  }

  @Test
  void rejectsReductionThatIsNotBaselineMinusProject() {
    var result = EmissionReduction.parse(with(valid(), "/reduction", "0.002"));
    assertThat(result.reason())
        .contains("/reduction")
        .contains("1000.000 - 999.999 = 0.001")
        .contains("was 0.002");
    assertThatThrownBy(() -> reduction("10", "4", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/reduction");
  }

  @Test
  void rejectsNegativeReductionEvenWhenArithmeticHolds() {
    var json = with(with(valid(), "/projectEmissions", "1000.001"), "/reduction", "-0.001");
    assertThat(EmissionReduction.parse(json).reason()).contains("/reduction: must not be negative");
  }

  @Test
  void rejectsNegativeEmissions() {
    var json = with(with(valid(), "/baselineEmissions", "-1"), "/projectEmissions", "-1.001");
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/baselineEmissions: must not be negative")
        .contains("/projectEmissions: must not be negative");
  }

  @Test
  void rejectsEmptyAndInvertedMonitoringPeriods() {
    var empty = with(valid(), "/monitoringPeriod/end", "2024-04-01T00:00:00Z");
    var inverted = with(valid(), "/monitoringPeriod/end", "2023-04-01T00:00:00Z");
    assertThat(EmissionReduction.parse(empty).reason())
        .contains("/monitoringPeriod/end: must be after start");
    assertThat(EmissionReduction.parse(inverted).reason()).contains("/monitoringPeriod/end");
  }

  @Test
  void rejectsAClaimWithoutEvidenceBinding() {
    assertThat(EmissionReduction.parse(with(valid(), "/evidencePack", (String) null)).reason())
        .isEqualTo("/evidencePack: is required");
    assertThat(
            EmissionReduction.parse(with(valid(), "/evidencePack/merkleRoot", (String) null))
                .reason())
        .isEqualTo("/evidencePack/merkleRoot: is required");
  }

  @Test
  void rejectsDecimalsWrittenAsJsonNumbers() {
    var json = with(valid(), "/reduction", Json.createValue(new BigDecimal("0.001")));
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/reduction: must be a decimal string");
  }

  @Test
  void rejectsUnitsOtherThanTonnes() {
    assertThat(EmissionReduction.parse(with(valid(), "/unit", "kgCO2e")).reason())
        .contains("/unit: must be tCO2e");
    assertThat(EmissionReduction.parse(with(valid(), "/unit", "lbCO2e")).reason())
        .contains("/unit: must be tCO2e | kgCO2e");
  }

  @Test
  void rejectsClaimsWithoutAMeteredSource() {
    var json =
        with(
            valid(),
            "/measurementSources",
            Json.createArrayBuilder()
                .add(
                    MeasurementSource.of(MeasurementType.ESTIMATED, "engineering estimate")
                        .toJson())
                .build());
    assertThat(EmissionReduction.parse(json).reason())
        .isEqualTo("/measurementSources: must include at least one metered source");
  }

  @Test
  void rejectsAMeteredSourceWithoutItsMeter() {
    var json = with(valid(), "/measurementSources/0/meterId", (String) null);
    assertThat(EmissionReduction.parse(json).reason())
        .isEqualTo("/measurementSources/0/meterId: is required for a metered source");
    assertThatThrownBy(
            () -> new MeasurementSource(MeasurementType.METERED, Optional.empty(), "meter"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    var json =
        with(
            with(with(valid(), "/type", "Other"), "/projectId", (String) null), "/methodology", "");
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/type: must be EmissionReduction")
        .contains("/projectId: is required")
        .contains("/methodology: must not be blank");
  }

  @Test
  void assemblesTheCredentialPartsOfItsKind() {
    var parts = CredentialParts.of(reduction("2", "1", "1"));
    assertThat(parts.context())
        .containsExactly(
            "https://www.w3.org/ns/credentials/v2", "https://greenvalue.org/ns/credentials/v1");
    assertThat(parts.type()).containsExactly("VerifiableCredential", "EmissionReductionCredential");
    var credential = parts.toCredentialBuilder().build();
    assertThat(credential.getJsonObject("credentialSubject").getString("reduction")).isEqualTo("1");
    assertThat(credential.getJsonArray("@context")).hasSize(2);
  }
}
