package org.greenvalue.credentials.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.credentials.Result;
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
  void resultsCarryValuesOrReasons() {
    Result<Integer> ok = Result.success(2);
    assertThat(ok.map(v -> v * 2).value()).isEqualTo(4);
    Result<Integer> bad = Result.failure("nope");
    assertThat(bad.map(v -> v * 2).reason()).isEqualTo("nope");
    assertThat(bad.succeeded()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> bad.orElseThrow(IllegalArgumentException::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nope");
    org.assertj.core.api.Assertions.assertThatThrownBy(bad::value)
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(ok::reason)
        .isInstanceOf(IllegalStateException.class);
  }
}
