package org.greenvalue.credentials.subject.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;

/**
 * The Jackson tree {@link ProductFootprintSchema} validates is the one Jackson's parser makes of
 * the document's JSON text: compared on the valid footprint and on seeded random mutations of it
 * (members replaced by numbers of every shape, strings, booleans, nulls, arrays and objects).
 */
class ProductFootprintSchemaTreeTest {

  private static final ObjectMapper PARSER = new ObjectMapper();
  private static final List<String> REPLACEMENTS =
      List.of(
          "0",
          "-1",
          "2147483647",
          "2147483648",
          "9223372036854775808",
          "1.0",
          "1.5e3",
          "-0.0",
          "1E400",
          "\"12.5\"",
          "\"\"",
          "true",
          "false",
          "null",
          "[]",
          "[1,\"a\"]",
          "{}",
          "{\"a\":{\"b\":[null]}}");

  @Test
  void buildsTheTreeJacksonWouldParse() throws IOException {
    JsonObject valid = footprint();
    var random = new Random(20261206L);
    for (int i = 0; i < 2_000; i++) {
      JsonValue mutated = i == 0 ? valid : mutate(valid, random);
      JsonNode parsed = PARSER.readTree(JsonDocuments.write(mutated));
      assertThat(ProductFootprintSchema.tree(mutated)).as(mutated.toString()).isEqualTo(parsed);
    }
  }

  private static JsonValue mutate(JsonValue value, Random random) {
    if (random.nextInt(6) == 0
        || value.getValueType() != JsonValue.ValueType.OBJECT
            && value.getValueType() != JsonValue.ValueType.ARRAY) {
      String text = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
      return JsonDocuments.parseObject("{\"v\":" + text + "}").value().get("v");
    }
    if (value instanceof JsonObject object) {
      var names = new ArrayList<>(object.keySet());
      if (names.isEmpty()) {
        return value;
      }
      String name = names.get(random.nextInt(names.size()));
      return JsonDocuments.JSON
          .createObjectBuilder(object)
          .add(name, mutate(object.get(name), random))
          .build();
    }
    JsonArray array = (JsonArray) value;
    if (array.isEmpty()) {
      return value;
    }
    int at = random.nextInt(array.size());
    return JsonDocuments.JSON
        .createArrayBuilder(array)
        .set(at, mutate(array.get(at), random))
        .build();
  }

  private static JsonObject footprint() throws IOException {
    try (InputStream in =
        ProductFootprintSchemaTreeTest.class.getResourceAsStream("footprint-valid.json")) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    }
  }
}
