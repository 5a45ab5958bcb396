package org.greenvalue.credentials.subject.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class ReductionProperties {

  @Property(tries = 200)
  void anyConsistentClaimSurvivesJsonExactly(
      @ForAll @BigRange(min = "0", max = "1000000000") @Scale(6) BigDecimal project,
      @ForAll @BigRange(min = "0", max = "1000000000") @Scale(3) BigDecimal saved) {
    BigDecimal baseline = project.add(saved);
    var claim =
        EmissionReductionTest.reduction(
            baseline.toPlainString(), project.toPlainString(), saved.toPlainString());
    var parsed = EmissionReduction.parse(claim.toJson()).value();
    assertThat(parsed).isEqualTo(claim);
    assertThat(parsed.baselineEmissions().subtract(parsed.projectEmissions()))
        .isEqualByComparingTo(parsed.reduction());
  }

  @Property(tries = 100)
  void anyOtherReductionIsRefused(
      @ForAll @BigRange(min = "0", max = "1000") @Scale(3) BigDecimal project,
      @ForAll @BigRange(min = "0", max = "1000") @Scale(3) BigDecimal saved,
      @ForAll @BigRange(min = "0.001", max = "10") @Scale(3) BigDecimal error) {
    var json =
        EmissionReductionTest.reduction(
                project.add(saved).toPlainString(), project.toPlainString(), saved.toPlainString())
            .toJson();
    var wrong =
        org.greenvalue.credentials.subject.Fixtures.with(
            json, "/reduction", saved.add(error).toPlainString());
    assertThat(EmissionReduction.parse(wrong).succeeded()).isFalse();
  }
}
