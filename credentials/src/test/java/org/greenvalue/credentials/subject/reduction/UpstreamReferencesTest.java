package org.greenvalue.credentials.subject.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.Fixtures;
import org.junit.jupiter.api.Test;

/** The {@code upstream} references of an inherited ΔCO2 claim and their rules. */
class UpstreamReferencesTest {

  static final String A1 = "urn:uuid:0b7c2f10-0000-4000-8000-00000000000a";
  static final String A2 = "urn:uuid:0b7c2f10-0000-4000-8000-00000000000b";
  static final String LOT = "urn:uuid:0b7c2f10-0000-4000-8000-0000000000c1";
  static final String TRANSFER = "urn:uuid:0b7c2f10-0000-4000-8000-0000000000d1";

  static UpstreamReference reference(String allocation, String quantity) {
    return new UpstreamReference(
        allocation,
        LOT,
        new BigDecimal(quantity),
        List.of(Sha256Digest.parse(Fixtures.DIGEST).value()),
        List.of(TRANSFER));
  }

  /** 12.5 - 2.25 = 10.25, inherited from two allocations (10 + 0.25). */
  static EmissionReduction inherited() {
    return EmissionReductionTest.reduction("12.5", "2.25", "10.25")
        .withUpstream(List.of(reference(A1, "10"), reference(A2, "0.25")));
  }

  static JsonObject valid() {
    return inherited().toJson();
  }

  @Test
  void roundTripsThroughJsonWithTheContractShape() {
    var json = valid();
    var first = json.getJsonArray("upstream").getJsonObject(0);
    assertThat(first.getString("allocationId")).isEqualTo(A1);
    assertThat(first.getString("lotId")).isEqualTo(LOT);
    assertThat(first.getString("quantity")).isEqualTo("10");
    assertThat(first.getJsonArray("sourceCredentials").getString(0)).isEqualTo(Fixtures.DIGEST);
    assertThat(first.getJsonArray("transferRecords").getString(0)).isEqualTo(TRANSFER);
    var parsed = EmissionReduction.parse(json).value();
    assertThat(parsed).isEqualTo(inherited());
    assertThat(parsed.inherited()).isTrue();
  }

  @Test
  void aReductionWithoutUpstreamWritesNoMemberAndIsNotInherited() {
    var own = EmissionReductionTest.reduction("12.5", "2.25", "10.25");
    assertThat(own.toJson()).doesNotContainKey("upstream");
    assertThat(EmissionReduction.parse(own.toJson()).value().inherited()).isFalse();
  }

  @Test
  void refusesAnEmptyUpstreamArray() {
    var json = with(valid(), "/upstream", Json.createArrayBuilder().build());
    assertThat(EmissionReduction.parse(json).reason()).isEqualTo("/upstream: must not be empty");
  }

  @Test
  void refusesTheSameAllocationTwice() {
    var json = with(valid(), "/upstream/1/allocationId", A1);
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/upstream/1/allocationId: allocation " + A1 + " is referenced more than once");
  }

  @Test
  void refusesQuantitiesThatDoNotAddUpToTheReduction() {
    var json = with(valid(), "/upstream/1/quantity", "0.5");
    assertThat(EmissionReduction.parse(json).reason())
        .isEqualTo(
            "/upstream: quantities must add up to the reduction (10.25), they add up to 10.5");
    assertThatThrownBy(
            () ->
                EmissionReductionTest.reduction("12.5", "2.25", "10.25")
                    .withUpstream(List.of(reference(A1, "10"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/upstream: quantities must add up");
  }

  @Test
  void refusesAZeroOrNegativeQuantityWithItsPointer() {
    var json =
        with(with(valid(), "/upstream/0/quantity", "10.25"), "/upstream/1/quantity", "0.000");
    assertThat(EmissionReduction.parse(json).reason())
        .isEqualTo("/upstream/1/quantity: must be above zero");
    var negative =
        with(with(valid(), "/upstream/0/quantity", "10.5"), "/upstream/1/quantity", "-0.25");
    assertThat(EmissionReduction.parse(negative).reason())
        .isEqualTo("/upstream/1/quantity: must be above zero");
  }

  @Test
  void refusesFractionsOfAGram() {
    var json =
        with(
            with(valid(), "/upstream/0/quantity", "10.0000001"),
            "/upstream/1/quantity",
            "0.2499999");
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/upstream/0/quantity: must have at most 6 decimals");
  }

  @Test
  void refusesMalformedMembersEachWithItsPointer() {
    var json =
        with(
            with(
                with(
                    with(valid(), "/upstream/0/allocationId", "alloc-1"),
                    "/upstream/0/lotId",
                    (String) null),
                "/upstream/1/sourceCredentials/0",
                "sha256:XYZ"),
            "/upstream/1/transferRecords/0",
            "transfer-7");
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/upstream/0/allocationId: must be urn:uuid:<uuid>")
        .contains("/upstream/0/lotId: is required")
        .contains("/upstream/1/sourceCredentials/0: digest must be")
        .contains("/upstream/1/transferRecords/0: must be urn:uuid:<uuid>");
  }

  @Test
  void refusesMissingOrEmptySourceCredentials() {
    var missing = with(valid(), "/upstream/0/sourceCredentials", (String) null);
    assertThat(EmissionReduction.parse(missing).reason())
        .isEqualTo("/upstream/0/sourceCredentials: is required");
    var empty = with(valid(), "/upstream/0/sourceCredentials", Json.createArrayBuilder().build());
    assertThat(EmissionReduction.parse(empty).reason())
        .isEqualTo("/upstream/0/sourceCredentials: must name at least one digest");
  }

  @Test
  void acceptsAReferenceWithoutTransfersForValueAllocatedFromTheMintedLot() {
    var json = with(valid(), "/upstream/0/transferRecords", (String) null);
    var parsed = EmissionReduction.parse(json).value();
    assertThat(parsed.upstream().getFirst().transferRecords()).isEmpty();
  }

  @Test
  void refusesAQuantityWrittenAsAJsonNumber() {
    var json = with(valid(), "/upstream/0/quantity", Json.createValue(new BigDecimal("10")));
    assertThat(EmissionReduction.parse(json).reason())
        .contains("/upstream/0/quantity: must be a decimal string");
  }
}
