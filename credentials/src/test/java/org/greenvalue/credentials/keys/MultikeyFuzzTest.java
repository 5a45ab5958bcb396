package org.greenvalue.credentials.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** A Multikey from outside: refused as a failed result, or decoded to a key that encodes back. */
class MultikeyFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void publicMultikeyIsRefusedOrRoundTrips(FuzzedDataProvider data) {
    String multibase = data.consumeRemainingAsString();
    var decoded = Multikey.decodePublic(multibase);
    if (decoded.succeeded()) {
      assertThat(Multikey.encodePublic(decoded.value())).isEqualTo(multibase);
    } else {
      assertThat(decoded.reason()).isNotBlank();
    }
  }
}
