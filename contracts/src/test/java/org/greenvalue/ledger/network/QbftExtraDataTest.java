package org.greenvalue.ledger.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QbftExtraDataTest {
  /** From Besu's QBFT documentation: four validators, no vote, round 0, no seals. */
  private static final String BESU_DOCS_EXTRA_DATA =
      "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f85494"
          + "64a702e6263b7297a96638cac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0"
          + "318594aefdb9a738c9f433e5b6b212a6d62f6370c2f69294c7eeb9a4e00ce683cf93039b212648"
          + "e01c6c6b78c080c0";

  private static final List<String> BESU_DOCS_VALIDATORS =
      List.of(
          "0x64a702e6263b7297a96638cac6ae65e6541f4169",
          "0x3923390ad55e90c237593b3b0e401f3b08a03185",
          "0xaefdb9a738c9f433e5b6b212a6d62f6370c2f692",
          "0xc7eeb9a4e00ce683cf93039b212648e01c6c6b78");

  @Test
  void encodesExactlyTheExtraDataOfBesusDocumentedExample() {
    assertThat(QbftExtraData.encode(BESU_DOCS_VALIDATORS)).isEqualTo(BESU_DOCS_EXTRA_DATA);
  }

  @Test
  void decodesBesusDocumentedExampleToItsValidators() {
    assertThat(QbftExtraData.decodeValidators(BESU_DOCS_EXTRA_DATA))
        .containsExactlyElementsOf(BESU_DOCS_VALIDATORS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x",
        "0xc0",
        "0x80",
        "0xf87a",
        "0xc5808080c0c0",
        "0xc7a0c0c080c0c0",
        "0xe7a00000000000000000000000000000000000000000000000000000000000000000c281ffc080c0"
      })
  void refusesExtraDataThatIsNotTheQbftGenesisLayout(String extraData) {
    assertThatThrownBy(() -> QbftExtraData.decodeValidators(extraData))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAValidatorThatIsNotAnAddress() {
    assertThatThrownBy(() -> QbftExtraData.encode(List.of("0x1234")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
