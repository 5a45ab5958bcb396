package org.greenvalue.evidence.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.greenvalue.evidence.disclosure.DisclosureJson;

/**
 * A pack manifest or a disclosure from outside: refused as a failed result, or parsed into one
 * whose canonical JSON parses back to the same bytes.
 */
class ManifestFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void manifestIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    var parsed = ManifestJson.parse(data.consumeRemainingAsBytes());
    if (!parsed.succeeded()) {
      assertThat(parsed.reason()).isNotBlank();
      return;
    }
    byte[] written = ManifestJson.write(parsed.value());
    assertThat(ManifestJson.write(ManifestJson.parse(written).value())).isEqualTo(written);
  }

  @FuzzTest(maxDuration = "1m")
  void disclosureIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    var parsed = DisclosureJson.parse(data.consumeRemainingAsBytes());
    if (!parsed.succeeded()) {
      assertThat(parsed.reason()).isNotBlank();
      return;
    }
    byte[] written = DisclosureJson.write(parsed.value());
    assertThat(DisclosureJson.write(DisclosureJson.parse(written).value())).isEqualTo(written);
  }
}
