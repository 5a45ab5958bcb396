package org.greenvalue.credentials.subject.footprint;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;
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

  private ProductFootprintSchema() {}

  /** Every schema violation, ordered by pointer; empty when the document conforms. */
  public static List<Violation> validate(JsonObject document) {
    return SCHEMA.validate(JsonDocuments.write(document), InputFormat.JSON).stream()
        .map(ProductFootprintSchema::toViolation)
        .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
        .toList();
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
