package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Decoding an outside {@code encodedList}: it is refused as a failed result, or it decodes to a
 * list that encodes and decodes to the same statuses. No other outcome (exceptions, running out of
 * memory) is allowed. {@code ./mvnw verify} runs the committed inputs; the {@code fuzz} profile
 * fuzzes.
 */
class BitstringStatusListFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void decodingRefusesOrRoundTrips(FuzzedDataProvider data) {
    int statusSize = data.consumeInt(0, BitstringStatusList.MAX_STATUS_SIZE + 1);
    String encoded = data.consumeRemainingAsString();
    var decoded = BitstringStatusList.decode(encoded, statusSize, 1 << 20);
    if (!decoded.succeeded()) {
      assertThat(decoded.reason()).isNotBlank();
      return;
    }
    var list = decoded.value();
    var again = BitstringStatusList.decode(list.encode(), statusSize, 1 << 20).value();
    assertThat(again.size()).isEqualTo(list.size());
    for (int i = 0; i < list.size(); i++) {
      assertThat(again.get(i)).isEqualTo(list.get(i));
    }
  }
}
