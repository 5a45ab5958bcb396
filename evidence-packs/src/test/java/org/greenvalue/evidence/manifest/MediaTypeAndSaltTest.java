package org.greenvalue.evidence.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeAndSaltTest {
  @ParameterizedTest
  @ValueSource(strings = {"text/csv", "application/vnd.pact+json", "image/svg+xml", "a/b"})
  void acceptsTypeSlashSubtype(String type) {
    assertThat(MediaType.parse(type).succeeded()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "text", "text/", "/csv", "text/csv; charset=utf-8", "te xt/csv", "a/b/c"})
  void refusesAnythingElse(String type) {
    assertThat(MediaType.parse(type).succeeded()).isFalse();
  }

  @Test
  void randomSaltsAreThirtyTwoBytesOfUnpaddedBase64Url() {
    Salt salt = Salt.random(new SecureRandom());
    assertThat(salt.base64url()).hasSize(43).doesNotContain("=", "+", "/");
    assertThat(Salt.parse(salt.base64url()).succeeded()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB"
      })
  void refusesSaltsOfTheWrongLengthAlphabetOrNonCanonicalBits(String salt) {
    assertThat(Salt.parse(salt).succeeded()).isFalse();
  }
}
