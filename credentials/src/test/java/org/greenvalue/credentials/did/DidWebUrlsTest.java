package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidWebUrlsTest {

  @ParameterizedTest
  @CsvSource({
    "did:web:example.com, https://example.com/.well-known/did.json",
    "did:web:Example.COM, https://example.com/.well-known/did.json",
    "did:web:example.com:user:alice, https://example.com/user/alice/did.json",
    "did:web:example.com%3A3000, https://example.com:3000/.well-known/did.json",
    "did:web:example.com%3a3000:u:a-b_c.d~e, https://example.com:3000/u/a-b_c.d~e/did.json",
    "did:web:localhost%3A8080, https://localhost:8080/.well-known/did.json"
  })
  void mapsTheDidToItsDocumentUrl(String did, String url) {
    assertThat(DidWebUrls.locate(did, DidWebConfig.Transport.HTTPS).value().documentUrl())
        .hasToString(url);
  }

  @ParameterizedTest
  @CsvSource({
    "did:web:localhost%3A8080, http://localhost:8080/.well-known/did.json",
    "did:web:127.0.0.1%3A8080:a, http://127.0.0.1:8080/a/did.json",
    "did:web:example.com, https://example.com/.well-known/did.json"
  })
  void usesPlainHttpOnlyForLoopbackInTestConfiguration(String did, String url) {
    assertThat(
            DidWebUrls.locate(did, DidWebConfig.Transport.LOOPBACK_HTTP_FOR_TESTS)
                .value()
                .documentUrl())
        .hasToString(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "did:web:",
        "did:key:z6Mk",
        "did:web:example.com:..:admin",
        "did:web:example.com:.",
        "did:web:example.com:user:..",
        "did:web:example.com:%2e%2e",
        "did:web:example.com:a%2Fb",
        "did:web:example.com:a/b",
        "did:web:example.com/x",
        "did:web:example.com::a",
        "did:web:example.com:a:",
        "did:web:example.com?x=1",
        "did:web:example.com#key-1",
        "did:web:user@example.com",
        "did:web:example.com%3A",
        "did:web:example.com%3A99999",
        "did:web:example.com%3A80%3A81",
        "did:web:exa mple.com",
        "did:web:-example.com",
        "did:web:example..com",
        "did:web:example.com%2F..%2F"
      })
  void refusesMalformedAndTraversingDids(String did) {
    var result = DidWebUrls.locate(did, DidWebConfig.Transport.HTTPS);
    assertThat(result.succeeded()).as(did).isFalse();
    assertThat(result.reason()).isNotBlank();
  }
}
