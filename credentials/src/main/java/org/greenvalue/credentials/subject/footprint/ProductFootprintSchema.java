package org.greenvalue.credentials.subject.footprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import org.greenvalue.credentials.subject.Violation;

/**
 * Validates a document against our JSON Schema (draft 2020-12) of the PACT v3 ProductFootprint,
 * bundled as {@value #RESOURCE}. The schema is written from the PACT Technical Specifications v3.0
 * data model: required members, enumerations, URN and UUID forms, and the string-encoded decimal
 * patterns. Unknown members are allowed, as PACT requires of host systems.
 */
public final class ProductFootprintSchema {

  public static final String RESOURCE =
      "/org/greenvalue/credentials/subject/footprint/pact-v3-product-footprint.schema.json";

  private static final JsonSchema SCHEMA = load();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProductFootprintSchema() {}

  /** Every schema violation, ordered by pointer; empty when the document conforms. */
  public static List<Violation> validate(JsonObject document) {
    return SCHEMA.validate(tree(document)).stream()
        .map(ProductFootprintSchema::toViolation)
        .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
        .toList();
  }

  /**
   * The document as the Jackson tree the validator reads, built node by node rather than written
   * out and parsed again. Numbers become the nodes Jackson's parser gives their text: integers int,
   * long or big integer nodes, anything with a fraction or exponent a double node.
   */
  static JsonNode tree(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        ObjectNode node = NODES.objectNode();
        value.asJsonObject().forEach((name, member) -> node.set(name, tree(member)));
        yield node;
      }
      case ARRAY -> {
        ArrayNode node = NODES.arrayNode();
        value.asJsonArray().forEach(item -> node.add(tree(item)));
        yield node;
      }
      case STRING -> NODES.textNode(((JsonString) value).getString());
      case NUMBER -> number((JsonNumber) value);
      case TRUE -> NODES.booleanNode(true);
      case FALSE -> NODES.booleanNode(false);
      case NULL -> NODES.nullNode();
    };
  }

  private static JsonNode number(JsonNumber number) {
    String text = number.toString();
    if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return NODES.numberNode(Double.parseDouble(text));
    }
    BigInteger integer = number.bigIntegerValueExact();
    if (integer.bitLength() < 32) {
      return NODES.numberNode(integer.intValue());
    }
    return integer.bitLength() < 64
        ? NODES.numberNode(integer.longValue())
        : NODES.numberNode(integer);
  }

  private static Violation toViolation(ValidationMessage message) {
    String at = message.getInstanceLocation().toString();
    String text = message.getMessage();
    if (text.startsWith(at + ": ")) {
      text = text.substring(at.length() + 2);
    }
    if ("required".equals(message.getType()) && message.getProperty() != null) {
      return new Violation(Violation.memberPointer(at, message.getProperty()), "is required");
    }
    return new Violation(at, text);
  }

  private static JsonSchema load() {
    var config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    try (InputStream in = ProductFootprintSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
