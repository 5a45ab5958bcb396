package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code POST /3/events} accepts as one CloudEvent. */
class CloudEventTest {
  private static final String PUBLISHED =
      "{\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",\"specversion\":\"1.0\","
          + "\"id\":\"9a7e\",\"source\":\"//supplier.example/pact\","
          + "\"time\":\"2025-03-05T17:31:00Z\",\"data\":%s}%s";
  private static final String ID = "\"d9be4477-e351-45b3-acd9-e1da05e6f633\"";
  private static final String OTHER_ID = "\"0f8fad5b-d9cb-469f-a165-70867728950e\"";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pfIds\":[ID]}| {}",
        "{\"pfIds\":[ID]}|,",
        "{\"pfIds\":[ID],\"pfIds\":[OTHER_ID]}|",
        "[]|",
        "{\"n\":0e9345678901234567}|",
        "{\"n\":0.1e-2147483647}|",
        "\"text\"|"
      })
  void refusesWhatIsNotOneEventAsABadRequest(String dataAndAfter) {
    String[] parts = dataAndAfter.replace("OTHER_ID", OTHER_ID).replace("ID", ID).split("\\|", -1);
    assertThatThrownBy(() -> CloudEvent.parse(PUBLISHED.formatted(parts[0], parts[1])))
        .isInstanceOfSatisfying(
            PactException.class, e -> assertThat(e.error().code()).isEqualTo("BadRequest"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e400",
        "1.0",
        "0e99",
        "-0.0",
        "123456789012345678901234567890",
        "12.5e2147483647"
      })
  void keepsNumbersAsWritten(String number) {
    CloudEvent event =
        CloudEvent.parse(PUBLISHED.formatted("{\"pfIds\":[" + ID + "],\"n\":" + number + "}", ""));
    assertThat(event.json().get("data").get("n").isNumber()).isTrue();
    assertThat(CloudEvent.parse(event.toJson())).isEqualTo(event);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pfIds\":[\"urn:gtin:4712345060507\"]}",
        "{\"pfIds\":[]}",
        "{\"pfIds\":[7]}",
        "{\"n\":1}"
      })
  void refusesAPublishedEventWhosePfIdsAreNotUuids(String data) {
    assertThatThrownBy(() -> CloudEvent.parse(PUBLISHED.formatted(data, "")))
        .isInstanceOfSatisfying(
            PactException.class, e -> assertThat(e.error().code()).isEqualTo("BadRequest"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"time\":null,", "\"time\":\"today\",", "\"time\":17,"})
  void refusesAnEventWithoutAnRfc3339Time(String time) {
    String event =
        PUBLISHED
            .formatted("{\"pfIds\":[" + ID + "]}", "")
            .replace("\"time\":\"2025-03-05T17:31:00Z\",", time);
    assertThatThrownBy(() -> CloudEvent.parse(event))
        .isInstanceOfSatisfying(
            PactException.class, e -> assertThat(e.error().code()).isEqualTo("BadRequest"));
  }
}
