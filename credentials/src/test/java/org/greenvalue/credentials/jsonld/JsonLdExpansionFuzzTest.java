package org.greenvalue.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * JSON-LD expansion of outside documents over the bundled contexts (nothing is fetched): refused as
 * a failed result, or expanded, and expanding again gives the same result.
 */
class JsonLdExpansionFuzzTest {
  private static final String[] CONTEXTS = {
    "\"https://www.w3.org/ns/credentials/v2\"",
    "[\"https://www.w3.org/ns/credentials/v2\", \"https://greenvalue.org/ns/credentials/v1\"]",
    "{\"@vocab\": \"https://example.org/\"}",
    "\"https://example.org/not-bundled\""
  };
  private final JsonLdExpander expander = JsonLdExpander.standard();

  @FuzzTest(maxDuration = "1m")
  void documentIsRefusedOrExpandsStably(FuzzedDataProvider data) {
    String context = data.pickValue(CONTEXTS);
    String body = data.consumeRemainingAsString();
    var document =
        JsonDocuments.parseObject("{\"@context\": " + context + ", \"x\": " + body + "}");
    if (!document.succeeded()) {
      document = JsonDocuments.parseObject(body);
    }
    if (!document.succeeded()) {
      return;
    }
    var expanded = expander.expand(document.value());
    if (!expanded.succeeded()) {
      assertThat(expanded.reason()).isNotBlank();
      return;
    }
    assertThat(expander.expand(document.value()).value()).isEqualTo(expanded.value());
  }
}
