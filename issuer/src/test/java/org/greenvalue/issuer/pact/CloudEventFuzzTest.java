package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * The body of {@code POST /3/events}: any text is refused with a {@link PactException}, or parses
 * into an event whose JSON parses back to the same event. JSON numbers are compared by value:
 * {@code 120e0} comes back as {@code 120}, the same number.
 */
class CloudEventFuzzTest {
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : (a.equals(b) ? 0 : 1);

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
    CloudEvent again = CloudEvent.parse(event.toJson());
    assertThat(again.id()).isEqualTo(event.id());
    assertThat(again.source()).isEqualTo(event.source());
    assertThat(again.type()).isEqualTo(event.type());
    assertThat(again.request()).isEqualTo(event.request());
    assertThat(again.json().equals(NUMBERS_BY_VALUE, event.json()))
        .as("%s reads back as %s", event.json(), again.json())
        .isTrue();
  }
}
