package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "did:web:example.com",
        "did:web:example.com%3A8443:issuers:1",
        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        "did:ethr:0x1:0xabc"
      })
  void acceptsDids(String did) {
    assertThat(Patterns.isDid(did)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "did",
        "did:",
        "did:web:",
        "did:Web:x",
        "did:web:a b",
        "did:web:x/path",
        "did:web:x?q",
        "did:web:x#frag",
        "did:web:%zz",
        "urn:uuid:1"
      })
  void refusesWhatIsNotADid(String text) {
    assertThat(Patterns.isDid(text)).isFalse();
  }
}
