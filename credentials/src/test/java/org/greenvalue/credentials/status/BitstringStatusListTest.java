package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BitstringStatusListTest {

  /** The example {@code encodedList} of the Bitstring Status List 1.0 specification. */
  private static final String SPEC_EXAMPLE =
      "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

  @Test
  void decodesTheSpecificationExampleAsAnEmptyMinimumList() {
    var list = BitstringStatusList.decode(SPEC_EXAMPLE, 1).value();
    assertThat(list.size()).isEqualTo(BitstringStatusList.MIN_ENTRIES);
    assertThat(list.isSet(0)).isFalse();
    assertThat(list.isSet(131_071)).isFalse();
  }

  @Test
  void putsIndexZeroInTheLeftMostBit() throws IOException {
    var list = BitstringStatusList.create();
    list.set(0, 1);
    list.set(9, 1);
    byte[] raw = gunzip(list.encode());
    assertThat(raw[0] & 0xff).isEqualTo(0x80);
    assertThat(raw[1] & 0xff).isEqualTo(0x40);
  }

  @Test
  void setsClearsAndReadsEntries() {
    var list = BitstringStatusList.create();
    list.set(42, 1);
    assertThat(list.isSet(42)).isTrue();
    assertThat(list.isSet(41)).isFalse();
    list.set(42, 0);
    assertThat(list.isSet(42)).isFalse();
    assertThatThrownBy(() -> list.set(42, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> list.get(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void storesMultiBitStatusesMostSignificantBitFirst() {
    var list = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 2);
    list.set(0, 2);
    list.set(1, 3);
    list.set(131_071, 1);
    var decoded = BitstringStatusList.decode(list.encode(), 2).value();
    assertThat(decoded.get(0)).isEqualTo(2);
    assertThat(decoded.get(1)).isEqualTo(3);
    assertThat(decoded.get(131_071)).isEqualTo(1);
    assertThat(decoded.get(2)).isZero();
    assertThat(decoded).isEqualTo(list).hasSameHashCodeAs(list);
    assertThat(decoded.statusSize()).isEqualTo(2);
  }

  @Test
  void encodesAsMultibaseBase64UrlOfGzip() {
    String encoded = BitstringStatusList.create().encode();
    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    assertThat(Multibase.BASE_64_URL.decode(encoded)[0] & 0xff).isEqualTo(0x1f);
  }

  @Test
  void refusesToCreateListsBelowTheMinimumOrWithUnsupportedWidths() {
    assertThatThrownBy(() -> BitstringStatusList.create(131_071, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BitstringStatusList.create(131_072, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BitstringStatusList.create(131_072, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesAreIndependent() {
    var list = BitstringStatusList.create();
    var copy = list.copy();
    copy.set(5, 1);
    assertThat(list.isSet(5)).isFalse();
    assertThat(copy).isNotEqualTo(list);
  }

  static Stream<Arguments> hostile() throws IOException {
    String valid = BitstringStatusList.create().encode();
    String tooSmall = "u" + base64(gzip(new byte[16_383]));
    return Stream.of(
        Arguments.of(null, "empty"),
        Arguments.of("", "empty"),
        Arguments.of("z" + valid.substring(1), "prefix 'u'"),
        Arguments.of(
            "m" + Base64.getEncoder().encodeToString(gzip(new byte[16_384])), "prefix 'u'"),
        Arguments.of(valid + "==", "without padding"),
        Arguments.of("u***", "not base64url"),
        Arguments.of("u" + base64(new byte[16_384]), "not GZIP"),
        Arguments.of("u" + base64(new byte[] {0x1f}), "not GZIP"),
        Arguments.of(valid.substring(0, valid.length() - 8), "corrupt GZIP"),
        Arguments.of(tooSmall, "too small: 131064 entries"),
        Arguments.of("u" + "A".repeat(23_000_000), "longer than"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusesHostileEncodedLists(String encoded, String reason) {
    var result = BitstringStatusList.decode(encoded, 1);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesGzipBombsBeyondTheCap() throws IOException {
    String bomb = "u" + base64(gzip(new byte[64 * 1024 * 1024]));
    assertThat(bomb.length()).isLessThan(200_000);
    assertThat(BitstringStatusList.decode(bomb, 1).reason()).contains("GZIP bomb");
    String small = BitstringStatusList.create().encode();
    assertThat(BitstringStatusList.decode(small, 1, 1024).reason()).contains("GZIP bomb");
  }

  @Test
  void refusesUnsupportedStatusSizesWhenDecoding() {
    assertThat(BitstringStatusList.decode(SPEC_EXAMPLE, 0).succeeded()).isFalse();
    assertThat(BitstringStatusList.decode(SPEC_EXAMPLE, 2).reason()).contains("too small");
  }

  static byte[] gzip(byte[] raw) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] gunzip(String encoded) throws IOException {
    byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
      return Arrays.copyOf(in.readAllBytes(), 2);
    }
  }
}
