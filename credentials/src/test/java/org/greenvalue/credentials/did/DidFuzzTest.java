package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * DIDs and DID documents from outside: a did:key is refused or resolves to a document for itself; a
 * DID document is refused or parsed into one whose JSON parses to the same document.
 */
class DidFuzzTest {
  private final DidKeyResolver didKey = new DidKeyResolver();

  @FuzzTest(maxDuration = "1m")
  void didKeyIsRefusedOrResolvesToItsOwnDocument(FuzzedDataProvider data) {
    String did = data.consumeRemainingAsString();
    var resolved = didKey.resolve(did);
    if (resolved.succeeded()) {
      assertThat(resolved.value().id()).isEqualTo(did);
    } else {
      assertThat(resolved.reason()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "1m")
  void didDocumentIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    String did = data.consumeString(80);
    var json = JsonDocuments.parseObject(data.consumeRemainingAsString());
    if (!json.succeeded()) {
      return;
    }
    var parsed = DidDocumentParser.parse(json.value(), did);
    if (!parsed.succeeded()) {
      assertThat(parsed.reason()).isNotBlank();
      return;
    }
    DidDocument document = parsed.value();
    assertThat(DidDocumentParser.parse(document.toJson(), did).value()).isEqualTo(document);
  }
}
