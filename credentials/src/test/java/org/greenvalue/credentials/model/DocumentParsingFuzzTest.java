package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * Credential and presentation JSON from outside: refused as a failed result, or parsed into a
 * document whose serialisation parses back to the same document (stable re-serialisation). Reading
 * its parts never throws.
 */
class DocumentParsingFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void credentialTextIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    var parsed = VerifiableCredential.parse(text);
    if (!parsed.succeeded()) {
      assertThat(parsed.reason()).isNotBlank();
      return;
    }
    VerifiableCredential credential = parsed.value();
    String written = credential.write();
    assertThat(VerifiableCredential.parse(written).value().json()).isEqualTo(credential.json());
    assertThat(JsonDocuments.write(JsonDocuments.parseObject(written).value())).isEqualTo(written);
    credential.contexts();
    credential.types();
    credential.proofs();
    credential.issuerId();
  }

  @FuzzTest(maxDuration = "1m")
  void presentationTextIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    var parsed = VerifiablePresentation.parse(data.consumeRemainingAsString());
    if (!parsed.succeeded()) {
      assertThat(parsed.reason()).isNotBlank();
      return;
    }
    VerifiablePresentation presentation = parsed.value();
    assertThat(VerifiablePresentation.parse(presentation.write()).value().json())
        .isEqualTo(presentation.json());
    presentation.types();
    presentation.proofs();
  }
}
