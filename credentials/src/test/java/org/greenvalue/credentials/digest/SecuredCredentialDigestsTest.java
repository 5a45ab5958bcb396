package org.greenvalue.credentials.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecuredCredentialDigestsTest {

  private static final String JWS =
      "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2lnbmF0dXJl";

  @Test
  void digestsTheAsciiBytesOfACompactJws() {
    assertThat(SecuredCredentialDigests.ofCompactJws(JWS).value())
        .isEqualTo(Sha256Digest.of(JWS.getBytes(StandardCharsets.US_ASCII)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b.c", "a..c", "A-_9.z.0"})
  void acceptsBase64UrlSegmentsWithADetachedPayload(String text) {
    assertThat(SecuredCredentialDigests.ofCompactJws(text).succeeded()).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "a.b",
        "a.b.c.d",
        "a..",
        ".b.c",
        "a.b.",
        "..",
        " " + JWS,
        JWS + "\n",
        "a+b.c.d",
        "a.b/c.d",
        "a.é.c",
        "{\"a\":1}"
      })
  void refusesWhatIsNotACompactJws(String text) {
    assertThat(SecuredCredentialDigests.ofCompactJws(text).succeeded()).isFalse();
  }

  @Test
  void digestsTheJcsFormSoMemberOrderAndWhitespaceDoNotMatter() {
    var a =
        JsonDocuments.parseObject("{\"b\":1, \"a\":\"x\", \"proof\":{\"z\":1,\"y\":2}}").value();
    var b = JsonDocuments.parseObject("{\"proof\":{\"y\":2,\"z\":1},\"a\":\"x\",\"b\":1}").value();
    var digest = SecuredCredentialDigests.ofSecuredJson(a).value();
    assertThat(SecuredCredentialDigests.ofSecuredJson(b).value()).isEqualTo(digest);
    assertThat(digest)
        .isEqualTo(Sha256Digest.ofUtf8("{\"a\":\"x\",\"b\":1,\"proof\":{\"y\":2,\"z\":1}}"));
  }

  @Test
  void refusesAnUnsecuredCredential() {
    var unsigned = JsonDocuments.parseObject("{\"a\":1}").value();
    assertThat(SecuredCredentialDigests.ofSecuredJson(unsigned).reason())
        .contains("no embedded proof");
  }
}
