package org.greenvalue.credentials.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDocumentsTest {

  @Test
  void keepsDecimalsExactThroughARoundTrip() {
    var object = JsonDocuments.parseObject("{\"q\":0.1000000000000000055511151231257827}").value();
    assertThat(object.getJsonNumber("q").bigDecimalValue())
        .isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    assertThat(JsonDocuments.write(object))
        .isEqualTo("{\"q\":0.1000000000000000055511151231257827}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "1", "{", "{\"a\":}", "{\"a\":1}}", "null"})
  void refusesAnythingButOneObject(String text) {
    var result = JsonDocuments.parseObject(text);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).isNotBlank();
  }

  @Test
  void refusesDeepNestingAndOversizedDocuments() {
    String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
    assertThat(JsonDocuments.parseObject(deep).succeeded()).isFalse();
    String big = "{\"a\":\"" + "x".repeat(JsonDocuments.MAX_LENGTH) + "\"}";
    assertThat(JsonDocuments.parseObject(big).reason()).contains("larger than");
    assertThat(JsonDocuments.parseObject(null).succeeded()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"issuer\":\"did:key:a\",\"issuer\":\"did:key:b\"}",
        "{\"credentialSubject\":{\"issuer\":1,\"issuer\":2}}",
        "{\"a\":[{\"issuer\":1,\"issuer\":1}]}"
      })
  void refusesAMemberNameGivenTwiceNamingIt(String text) {
    var result = JsonDocuments.parseObject(text);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains("Duplicate key 'issuer'");
  }

  @Test
  void refusesNulCharactersRawOrEscaped() {
    assertThat(JsonDocuments.parseObject("{\"a\":\"x\u0000y\"}").succeeded()).isFalse();
    var escaped = JsonDocuments.parseObject("{\"a\":[\"x\\u0000y\"]}");
    assertThat(escaped.succeeded()).isFalse();
    assertThat(escaped.reason()).contains("NUL");
    assertThat(JsonDocuments.parseObject("{\"a\\u0000\":1}").reason()).contains("NUL");
    assertThat(JsonDocuments.parseObject("{\"a\":\"\\\\u0000\"}").succeeded())
        .as("an escaped backslash followed by u0000 is no NUL")
        .isTrue();
  }
}
