package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;
import org.greenvalue.service.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TonnesTest {

  @ParameterizedTest
  @MethodSource("grams")
  void gramsSurviveTheRoundTripThroughTonnesText(BigInteger grams) {
    BigDecimal tonnes = new BigDecimal(Tonnes.text(grams));
    assertThat(Tonnes.toGrams(tonnes, "q")).isEqualTo(grams);
    assertThat(Tonnes.text(grams)).doesNotContain("E");
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1000000",
    "0.000001, 1",
    "10.50, 10500000",
    "1E+2, 100000000",
    "2.5000000, 2500000"
  })
  void convertsTonnesToWholeGrams(String tonnes, long grams) {
    assertThat(Tonnes.toGrams(new BigDecimal(tonnes), "q")).isEqualTo(BigInteger.valueOf(grams));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.000001", "-5", "0.0000001", "1.0000005", "1E-7"})
  void refusesWhatIsNotAPositiveWholeNumberOfGrams(String tonnes) {
    assertThatThrownBy(() -> Tonnes.toGrams(new BigDecimal(tonnes), "q"))
        .isInstanceOf(Problem.class)
        .satisfies(p -> assertThat(((Problem) p).status().value()).isEqualTo(422));
  }

  @ParameterizedTest
  @CsvSource({"100000000, 100", "1, 0.000001", "2500000, 2.5"})
  void writesPlainDecimals(long grams, String text) {
    assertThat(Tonnes.text(BigInteger.valueOf(grams))).isEqualTo(text);
  }

  /** 1 g, 10^24 g, and seeded random amounts of every magnitude between. */
  static Stream<BigInteger> grams() {
    Random random = new Random(7);
    BigInteger max = BigInteger.TEN.pow(24);
    Stream<BigInteger> drawn =
        Stream.generate(() -> new BigInteger(1 + random.nextInt(80), random))
            .filter(g -> g.signum() > 0 && g.compareTo(max) <= 0)
            .limit(1000);
    return Stream.concat(Stream.of(BigInteger.ONE, BigInteger.valueOf(999_999), max), drawn);
  }
}
