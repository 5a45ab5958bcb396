package org.greenvalue.credentials.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "1000.000", "-1.5", "+2", "0.0000000000000000000001"})
  void keepsDecimalStringsExact(String text) {
    BigDecimal value = DecimalText.parse(text).orElseThrow();
    assertThat(value).isEqualTo(new BigDecimal(text));
    assertThat(DecimalText.format(value)).isEqualTo(new BigDecimal(text).toPlainString());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        " 1",
        "1e3",
        "1E-999999999",
        ".5",
        "5.",
        "0x10",
        "NaN",
        "Infinity",
        "1,5",
        "--1"
      })
  void refusesWhatIsNotAPlainDecimal(String text) {
    assertThat(DecimalText.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongDecimals() {
    assertThat(DecimalText.parse("1".repeat(DecimalText.MAX_LENGTH + 1))).isEmpty();
  }
}
