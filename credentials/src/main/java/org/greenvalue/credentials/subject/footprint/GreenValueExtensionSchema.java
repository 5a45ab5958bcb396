package org.greenvalue.credentials.subject.footprint;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The JSON Schema (draft 2020-12) of the {@link GreenValueExtension}, bundled as {@value
 * #RESOURCE}; the issuer serves it at the extension's {@code dataSchema} URL.
 */
public final class GreenValueExtensionSchema {

  public static final String RESOURCE =
      "/org/greenvalue/credentials/subject/footprint/green-value-extension-1.0.0.schema.json";

  private static final JsonSchema SCHEMA = load();

  private GreenValueExtensionSchema() {}

  /** The schema document as bundled. */
  public static byte[] bytes() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of the schema as text (location and message); empty when it conforms. */
  public static List<String> validate(JsonObject extension) {
    return SCHEMA.validate(JsonDocuments.write(extension), InputFormat.JSON).stream()
        .map(m -> m.getInstanceLocation() + ": " + m.getMessage())
        .sorted()
        .toList();
  }

  private static InputStream open() {
    InputStream in = GreenValueExtensionSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("schema resource missing: " + RESOURCE);
    }
    return in;
  }

  private static JsonSchema load() {
    var config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    try (InputStream in = open()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
