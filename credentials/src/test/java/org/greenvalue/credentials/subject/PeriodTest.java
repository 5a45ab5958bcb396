package org.greenvalue.credentials.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final Instant T0 = Instant.parse("2024-04-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2025-04-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void refusesEmptyAndInvertedPeriods() {
    assertThatThrownBy(() -> new Period(T0, T0)).hasMessageContaining("after its start");
    assertThatThrownBy(() -> new Period(T1, T0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void consecutivePeriodsDoNotOverlapButNestedOnesDo() {
    assertThat(new Period(T0, T1).overlaps(new Period(T1, T2))).isFalse();
    assertThat(new Period(T0, T2).overlaps(new Period(T1, T2))).isTrue();
  }

  @Test
  void writesInstantsInUtc() {
    assertThat(new Period(T0, T1).toJson().toString())
        .isEqualTo("{\"start\":\"2024-04-01T00:00:00Z\",\"end\":\"2025-04-01T00:00:00Z\"}");
  }
}
