package org.greenvalue.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Bytes32Test {

  @Test
  void roundTripsThroughHexWithOrWithoutPrefix() {
    Bytes32 value = Bytes32.keccakOf("hello");
    assertThat(Bytes32.fromHex(value.toHex())).isEqualTo(value);
    assertThat(Bytes32.fromHex(value.toHex().substring(2))).isEqualTo(value);
    assertThat(value.toString()).isEqualTo(value.toHex());
    assertThat(value.hashCode()).isEqualTo(Bytes32.fromHex(value.toHex()).hashCode());
  }

  @Test
  void hashesTextLikeSolidityKeccak256() {
    assertThat(Bytes32.keccakOf("REGISTRAR_ROLE").toHex())
        .isEqualTo("0xedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238");
  }

  @Test
  void isImmutableAndKnowsZero() {
    byte[] raw = new byte[32];
    Bytes32 value = new Bytes32(raw);
    raw[0] = 1;
    assertThat(value.isZero()).isTrue();
    value.bytes()[0] = 1;
    assertThat(value).isEqualTo(Bytes32.ZERO);
    assertThat(Bytes32.keccakOf("x").isZero()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0x",
        "0x1234",
        "zz",
        "0x000000000000000000000000000000000000000000000000000000000000000000"
      })
  void rejectsAnythingButSixtyFourHexDigits(String hex) {
    assertThatThrownBy(() -> Bytes32.fromHex(hex)).isInstanceOf(IllegalArgumentException.class);
  }
}
