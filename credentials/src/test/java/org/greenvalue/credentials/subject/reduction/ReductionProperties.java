package org.greenvalue.credentials.subject.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The arithmetic rule over seeded random claims (the same cases on every run). */
class ReductionProperties {

  @ParameterizedTest
  @MethodSource("consistentClaims")
  void anyConsistentClaimSurvivesJsonExactly(BigDecimal project, BigDecimal saved) {
    BigDecimal baseline = project.add(saved);
    var claim =
        EmissionReductionTest.reduction(
            baseline.toPlainString(), project.toPlainString(), saved.toPlainString());
    var parsed = EmissionReduction.parse(claim.toJson()).value();
    assertThat(parsed).isEqualTo(claim);
    assertThat(parsed.baselineEmissions().subtract(parsed.projectEmissions()))
        .isEqualByComparingTo(parsed.reduction());
  }

  @ParameterizedTest
  @MethodSource("claimsWithAnError")
  void anyOtherReductionIsRefused(BigDecimal project, BigDecimal saved, BigDecimal error) {
    var json =
        EmissionReductionTest.reduction(
                project.add(saved).toPlainString(), project.toPlainString(), saved.toPlainString())
            .toJson();
    var wrong =
        org.greenvalue.credentials.subject.Fixtures.with(
            json, "/reduction", saved.add(error).toPlainString());
    assertThat(EmissionReduction.parse(wrong).succeeded()).isFalse();
  }

  static Stream<Arguments> consistentClaims() {
    Random random = new Random(11);
    Stream<Arguments> edges =
        Stream.of(
            Arguments.of(new BigDecimal("0.000000"), new BigDecimal("0.000")),
            Arguments.of(new BigDecimal("1000000000.000000"), new BigDecimal("1000000000.000")));
    return Stream.concat(
        edges,
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    Arguments.of(
                        decimal(random, 1_000_000_000, 6), decimal(random, 1_000_000_000, 3))));
  }

  static Stream<Arguments> claimsWithAnError() {
    Random random = new Random(13);
    return IntStream.range(0, 100)
        .mapToObj(
            i ->
                Arguments.of(
                    decimal(random, 1000, 3),
                    decimal(random, 1000, 3),
                    decimal(random, 10, 3).max(new BigDecimal("0.001"))));
  }

  /** A decimal in [0, max] with exactly {@code scale} fraction digits. */
  private static BigDecimal decimal(Random random, long max, int scale) {
    long unscaledMax = max * (long) Math.pow(10, scale);
    return BigDecimal.valueOf(random.nextLong(unscaledMax + 1), scale);
  }
}
