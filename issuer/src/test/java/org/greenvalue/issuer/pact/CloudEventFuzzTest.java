package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The body of {@code POST /3/events}: any text is refused with a {@link PactException}, or parses
 * into an event whose JSON parses back to the same event.
 */
class CloudEventFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void eventIsRefusedOrReSerialisesStably(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    CloudEvent event;
    try {
      event = CloudEvent.parse(body);
    } catch (PactException refused) {
      assertThat(refused.error().code()).isEqualTo(PactError.BAD_REQUEST);
      return;
    }
    assertThat(CloudEvent.parse(event.toJson())).isEqualTo(event);
  }
}
