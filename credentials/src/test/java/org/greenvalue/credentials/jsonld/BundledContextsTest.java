package org.greenvalue.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledContextsTest {

  @Test
  void servesEveryStandardContextFromTheJar() {
    assertThat(BundledContexts.standard().urls())
        .contains(
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2",
            "https://w3id.org/security/data-integrity/v2",
            "https://w3id.org/security/multikey/v1",
            "https://www.w3.org/ns/did/v1");
    assertThat(BundledContexts.standard().get("https://www.w3.org/ns/credentials/v2"))
        .hasValueSatisfying(c -> assertThat(c.asJsonObject()).containsKey("@context"));
    assertThat(BundledContexts.standard()).isSameAs(BundledContexts.standard());
  }

  @Test
  void readsAnAddedVocabularyFromTheIndexAlone() {
    var contexts = BundledContexts.load("org/greenvalue/credentials/test-contexts").value();
    assertThat(contexts.urls())
        .containsExactlyInAnyOrder(
            "https://www.w3.org/ns/credentials/v2", "https://example.org/green/v1");
  }

  @Test
  void refusesAnIndexNamingAMissingFileOrAMissingIndex() {
    assertThat(BundledContexts.load("org/greenvalue/credentials/broken-contexts").reason())
        .contains("missing.jsonld");
    assertThat(BundledContexts.load("org/greenvalue/credentials/nowhere").reason())
        .contains("no context index");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no separator",
        "https://example.org/v1 =",
        "= file.jsonld",
        "ftp://example.org/v1 = file.jsonld",
        "https://example.org/v1 = ../../secret.jsonld",
        "https://example.org/v1 = sub/file.jsonld"
      })
  void refusesMalformedIndexLines(String line) {
    assertThat(IndexLine.parse(line, 7))
        .hasValueSatisfying(r -> assertThat(r.reason()).contains("line 7"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "# comment", "! comment", "   "})
  void skipsCommentsAndBlankLines(String line) {
    assertThat(IndexLine.parse(line, 1)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/evil/v1",
        "http://localhost:8080/context",
        "file:///etc/passwd",
        "https://www.w3.org/ns/credentials/v2/"
      })
  void loaderRefusesEveryUrlNotBundled(String url) {
    var loader = new BundledDocumentLoader(BundledContexts.standard());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> loader.loadDocument(URI.create(url), null))
        .isInstanceOf(JsonLdError.class)
        .hasMessageContaining("remote context refused")
        .hasMessageContaining(url);
  }
}
