package org.greenvalue.evidence.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenvalue.evidence.check.Result;
import org.junit.jupiter.api.Test;

class DigestTest {
  private static final String HEX = "ab".repeat(32);

  @Test
  void rendersWithThePrefixAndParsesWithOrWithoutIt() {
    Digest digest = new Digest(HEX);
    assertThat(digest.toString()).isEqualTo("sha256:" + HEX);
    assertThat(Digest.parse("sha256:" + HEX)).isEqualTo(Result.ok(digest));
    assertThat(Digest.parse(HEX)).isEqualTo(Result.ok(digest));
    assertThat(Digest.of(digest.bytes())).isEqualTo(digest);
  }

  @Test
  void refusesUppercaseShortOrForeignDigests() {
    assertThat(Digest.parse(HEX.toUpperCase()).isOk()).isFalse();
    assertThat(Digest.parse("abcd").isOk()).isFalse();
    assertThat(Digest.parse("sha512:" + HEX).isOk()).isFalse();
    assertThatThrownBy(() -> Digest.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
  }
}
