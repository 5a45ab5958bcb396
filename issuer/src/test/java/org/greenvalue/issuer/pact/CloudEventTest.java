package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code POST /3/events} accepts as one CloudEvent. */
class CloudEventTest {
  private static final String PUBLISHED =
      "{\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",\"specversion\":\"1.0\","
          + "\"id\":\"9a7e\",\"source\":\"//supplier.example/pact\",\"data\":%s}%s";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pfIds\":[\"x\"]}| {}",
        "{\"pfIds\":[\"x\"]}|,",
        "{\"pfIds\":[\"x\"],\"pfIds\":[\"y\"]}|",
        "[]|",
        "{\"n\":0e9345678901234567}|",
        "{\"n\":0.1e-2147483647}|",
        "\"text\"|"
      })
  void refusesWhatIsNotOneEventAsABadRequest(String dataAndAfter) {
    String[] parts = dataAndAfter.split("\\|", -1);
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
    CloudEvent event = CloudEvent.parse(PUBLISHED.formatted("{\"n\":" + number + "}", ""));
    assertThat(event.json().get("data").get("n").isNumber()).isTrue();
    assertThat(CloudEvent.parse(event.toJson())).isEqualTo(event);
  }
}
