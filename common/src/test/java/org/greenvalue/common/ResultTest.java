package org.greenvalue.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void resultsCarryValuesOrReasons() {
    Result<Integer> ok = Result.success(2);
    assertThat(ok.map(v -> v * 2).value()).isEqualTo(4);
    Result<Integer> bad = Result.failure("nope");
    assertThat(bad.map(v -> v * 2).reason()).isEqualTo("nope");
    assertThat(bad.succeeded()).isFalse();
    assertThatThrownBy(() -> bad.orElseThrow(IllegalArgumentException::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nope");
    assertThatThrownBy(bad::value).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(ok::reason).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void orElseThrowWithoutArgumentsThrowsTheReasonAsIllegalState() {
    assertThat(Result.success("v").orElseThrow()).isEqualTo("v");
    assertThat(Result.success(1).flatMap(v -> Result.success(v + 1)).orElseThrow()).isEqualTo(2);
    assertThatThrownBy(() -> Result.failure("why").orElseThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("why");
  }
}
