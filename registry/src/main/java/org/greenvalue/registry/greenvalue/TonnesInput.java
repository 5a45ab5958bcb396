package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A quantity in tCO2e on input: a JSON number or a string of an exact decimal ({@code "300"},
 * {@code 2.5}); anything else is a malformed request. {@link Tonnes} then checks the value.
 */
final class TonnesInput extends JsonDeserializer<BigDecimal> {
  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText().strip();
      if (text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        return new BigDecimal(text);
      }
      return (BigDecimal) ctx.handleWeirdStringValue(BigDecimal.class, text, "not a decimal");
    }
    return (BigDecimal) ctx.handleUnexpectedToken(BigDecimal.class, p);
  }
}
