package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a",
        "did:web:example.com",
        "urn:uuid:6a1c8b42-51b4-4c52-9a4b-0f0d2f0a3c11",
        "data:application/vc+jwt,eyJ",
        "x-a+b.c:1"
      })
  void acceptsAbsoluteUrls(String value) {
    assertThat(Urls.isUrl(value)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"relative/path", "#frag", "https://exa mple.com", "1http://x", "mailto:"})
  void refusesWhatIsNotAnAbsoluteUrl(String value) {
    assertThat(Urls.isUrl(value)).isFalse();
  }

  /** RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), ASCII only. */
  @ParameterizedTest
  @ValueSource(strings = {"+a:x", "-a:x", "a_b:x", "\u00e9t\u00e9:x", "a\u0661:x", "K\u212a:x"})
  void refusesASchemeOutsideRfc3986Section3_1(String value) {
    assertThat(Urls.isUrl(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-01T00:00:00Z",
        "2025-01-01T00:00:00.5+05:30",
        "2025-01-01T00:00:00.123456789-00:00"
      })
  void parsesDateTimeStamps(String value) {
    assertThat(DateTimeStamp.parse(value).value()).isBefore(Instant.parse("2025-01-02T00:00:00Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "2025-01-01T00:00:00",
        "2025-01-01",
        "2025-02-30T00:00:00Z",
        "2025-01-01T25:00:00Z",
        "2025-01-01 00:00:00Z",
        "2025-01-01T00:00:00.Z"
      })
  void refusesWhatIsNotADateTimeStamp(String value) {
    assertThat(DateTimeStamp.parse(value).succeeded()).isFalse();
  }
}
