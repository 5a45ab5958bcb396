package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.ledger.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestReadTest {
  private static final String HEX64 = "ab".repeat(32);

  @Test
  void readsLowercaseSha256TextAndWritesItBackTheSame() {
    DigestRead read = DigestRead.read("sha256:" + HEX64);

    assertThat(read).isEqualTo(new DigestRead.Valid(new Sha256Digest(HEX64)));
    Sha256Digest digest = ((DigestRead.Valid) read).digest();
    assertThat(digest.toString()).isEqualTo("sha256:" + HEX64);
    assertThat(digest.bytes()).isEqualTo(HexFormat.of().parseHex(HEX64));
  }

  @Test
  void reads32RawBytesAsTheSameDigestAsItsText() {
    byte[] bytes = HexFormat.of().parseHex(HEX64);

    assertThat(DigestRead.read(bytes)).isEqualTo(DigestRead.read("sha256:" + HEX64));
    assertThat(Bytes32.of(DigestRead.parse("sha256:" + HEX64)).bytes()).isEqualTo(bytes);
    assertThat(Sha256Digest.fromBytes(Bytes32.of(DigestRead.parse("sha256:" + HEX64)).bytes()))
        .isEqualTo(new Sha256Digest(HEX64));
  }

  static Stream<String> malformedSha256() {
    return Stream.of(
        "sha256:",
        "sha256:abc",
        "sha256:" + HEX64.substring(2),
        "sha256:" + HEX64 + "ab",
        "sha256:" + HEX64.toUpperCase(Locale.ROOT),
        "sha256: " + HEX64.substring(1),
        "sha256:" + "zz" + HEX64.substring(2),
        "sha256:" + HEX64 + "\n",
        "sha256:0x" + HEX64.substring(2),
        "sha256:" + "ab".repeat(10_000));
  }

  @ParameterizedTest
  @MethodSource("malformedSha256")
  void refusesSha256TextThatIsNot64LowercaseHexDigits(String text) {
    assertThat(DigestRead.read(text)).isInstanceOf(DigestError.Malformed.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ABABABAB",
        "sha512:abab",
        "SHA256:abab",
        "sha-256:abab",
        "md5:abab",
        ":abab",
        "0xabab"
      })
  void refusesTextWithoutTheSha256Algorithm(String text) {
    assertThat(DigestRead.read(text)).isInstanceOf(DigestError.UnknownAlgorithm.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 20, 31, 33, 64})
  void refusesRawDigestsThatAreNot32Bytes(int length) {
    assertThat(DigestRead.read(new byte[length])).isEqualTo(new DigestError.WrongLength(length));
  }

  @ParameterizedTest
  @NullSource
  void refusesNoDigest(String text) {
    assertThat(DigestRead.read(text)).isInstanceOf(DigestError.Missing.class);
    assertThat(DigestRead.read((byte[]) null)).isInstanceOf(DigestError.Missing.class);
  }

  @Test
  void parseThrowsWithTheReason() {
    assertThatThrownBy(() -> DigestRead.parse("sha1:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown digest algorithm 'sha1'");
  }

  @Test
  void everyRefusalSaysWhy() {
    assertThat(new DigestError.Missing().reason()).isNotBlank();
    assertThat(new DigestError.Malformed("x").reason()).contains("64 lowercase hex");
    assertThat(new DigestError.WrongLength(3).reason()).contains("got 3");
  }

  @Test
  void refusalReasonsKeepTheirWording() {
    assertThat(new DigestError.Missing().reason()).isEqualTo("no digest given");
    assertThat(new DigestError.UnknownAlgorithm("md5").reason())
        .isEqualTo("unknown digest algorithm 'md5', expected 'sha256'");
    assertThat(new DigestError.Malformed("x").reason())
        .isEqualTo("'sha256:' must be followed by 64 lowercase hex characters");
    assertThat(new DigestError.WrongLength(3).reason())
        .isEqualTo("a SHA-256 digest has 32 bytes, got 3");
  }
}
