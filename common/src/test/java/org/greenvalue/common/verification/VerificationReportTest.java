package org.greenvalue.common.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationReportTest {

  @Test
  void isValidOnlyWhenNothingFailedAndSomethingPassed() {
    assertThat(VerificationReport.of().valid()).isFalse();
    assertThat(VerificationReport.of(Check.skipped("a", "n/a")).valid()).isFalse();
    var report = VerificationReport.of(Check.passed("a", "ok"), Check.skipped("b", "n/a"));
    assertThat(report.valid()).isTrue();
    var failed = report.and(VerificationReport.of(Check.failed("c", "bad")));
    assertThat(failed.valid()).isFalse();
    assertThat(failed.failures()).extracting(Check::name).containsExactly("c");
    assertThat(failed.prefixed("proof[0]").check("proof[0].c")).isPresent();
    assertThat(failed.toString()).startsWith("INVALID").contains("FAILED c: bad");
  }

  @Test
  void passesOrFailsACheckByWhetherItHolds() {
    assertThat(Check.of("x", true, "held", "broke")).isEqualTo(Check.passed("x", "held"));
    assertThat(Check.of("x", false, "held", "broke")).isEqualTo(Check.failed("x", "broke"));
  }
}
