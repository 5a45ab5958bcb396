package org.greenvalue.ledger.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.greenvalue.LotError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

class RevertDecoderTest {
  private final RevertDecoder decoder = new RevertDecoder(LotError.signatures());

  private static String encode(String name, org.web3j.abi.datatypes.Type<?>... args) {
    return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
  }

  @Test
  void decodesAPlainRevertReason() {
    assertThat(decoder.decode(encode("Error", new Utf8String("not allowed"))))
        .isEqualTo(new CommonError.Reason("not allowed"));
  }

  @Test
  void decodesAPanicCode() {
    assertThat(decoder.decode(encode("Panic", new Uint256(0x11))))
        .isEqualTo(new CommonError.Panic(BigInteger.valueOf(0x11)));
  }

  @Test
  void decodesAFeatureErrorWithItsArguments() {
    String data = encode("InsufficientQuantity", new Uint256(5), new Uint256(9));
    assertThat(decoder.decode("\"" + data.toUpperCase().replace("0X", "0x") + "\""))
        .isEqualTo(new LotError.InsufficientQuantity(BigInteger.valueOf(5), BigInteger.valueOf(9)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "0x", "0x1234", "not hex at all", "0xdeadbeef", "0x3d346c47ff"})
  void keepsUnknownOrMalformedDataAsUnrecognized(String data) {
    assertThat(decoder.decode(data)).isInstanceOf(CommonError.Unrecognized.class);
  }

  @Test
  void refusesTwoErrorsWithTheSameSelector() {
    assertThatThrownBy(
            () ->
                new RevertDecoder(
                    List.of(LotError.signatures().getFirst(), LotError.signatures().getFirst())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void computesTheSolidityErrorSelector() {
    ErrorSignature insufficient =
        LotError.signatures().stream()
            .filter(s -> s.signature().startsWith("InsufficientQuantity"))
            .findFirst()
            .orElseThrow();
    assertThat(insufficient.signature()).isEqualTo("InsufficientQuantity(uint256,uint256)");
    assertThat(insufficient.selector()).isEqualTo("0x3d346c47");
  }
}
