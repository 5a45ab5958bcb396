package org.greenvalue.ledger.network;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back what the generator wrote, independently of how it wrote it. */
final class GeneratedFiles {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private GeneratedFiles() {}

  static JsonObject json(Path file) throws IOException {
    try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readObject();
    }
  }

  static JsonArray jsonArray(Path file) throws IOException {
    try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
      return reader.readArray();
    }
  }

  /** The quoted values of {@code name=[...]} in a TOML file. */
  static List<String> tomlList(Path file, String name) throws IOException {
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith(name + "=")) {
        List<String> values = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
          values.add(m.group(1));
        }
        return values;
      }
    }
    throw new AssertionError(name + " missing from " + file);
  }

  static String text(Path dir, String node, String file) throws IOException {
    return Files.readString(dir.resolve(node).resolve(file)).strip();
  }
}
