package org.greenvalue.cli.pack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Prints command results as pretty JSON. */
final class JsonOut {
  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private JsonOut() {}

  static void print(PrintWriter out, JsonObject object) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(text)) {
      writer.writeObject(object);
    }
    out.println(text.toString().strip());
    out.flush();
  }
}
