package org.greenvalue.credentials.jsonld;

import jakarta.json.JsonStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The JSON-LD contexts shipped in the jar, read once from an index file ({@code
 * contexts.properties}: one {@code <url> = <file>} line per context) and parsed once. Adding a
 * vocabulary is dropping its file beside the index and adding one line; nothing is hard-coded.
 */
public final class BundledContexts {

  /** The folder of the standard bundle on the class path. */
  public static final String STANDARD_FOLDER = "org/greenvalue/credentials/contexts";

  private static final class Standard {
    private static final BundledContexts INSTANCE =
        load(STANDARD_FOLDER).orElseThrow(IllegalStateException::new);
  }

  private final Map<String, JsonStructure> contexts;

  private BundledContexts(Map<String, JsonStructure> contexts) {
    this.contexts = Map.copyOf(contexts);
  }

  /** The contexts bundled in this library (parsed on first use, then shared). */
  public static BundledContexts standard() {
    return Standard.INSTANCE;
  }

  /** Reads the index {@code contexts.properties} in a class-path folder and every file it names. */
  public static Result<BundledContexts> load(String folder) {
    var loader = BundledContexts.class.getClassLoader();
    String index = folder + "/contexts.properties";
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        return Result.failure("no context index " + index + " on the class path");
      }
      var contexts = new LinkedHashMap<String, JsonStructure>();
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        var entry = IndexLine.parse(line, number);
        if (entry.isEmpty()) {
          continue;
        }
        if (!entry.get().succeeded()) {
          return Result.failure(index + ": " + entry.get().reason());
        }
        var parsed = entry.get().value();
        var context = read(loader, folder + "/" + parsed.file());
        if (!context.succeeded()) {
          return Result.failure(context.reason());
        }
        if (contexts.put(parsed.url(), context.value()) != null) {
          return Result.failure(index + ": " + parsed.url() + " is listed twice");
        }
      }
      return Result.success(new BundledContexts(contexts));
    } catch (IOException e) {
      return Result.failure("cannot read " + index + ": " + e.getMessage());
    }
  }

  /** The parsed context document served for a URL, if bundled. */
  public Optional<JsonStructure> get(String url) {
    return Optional.ofNullable(contexts.get(url));
  }

  public Set<String> urls() {
    return contexts.keySet();
  }

  private static Result<JsonStructure> read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return Result.failure("bundled context file " + path + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JsonDocuments.parseObject(text)
          .flatMap(
              o ->
                  o.containsKey("@context")
                      ? Result.<JsonStructure>success(o)
                      : Result.failure(path + " has no @context"));
    } catch (IOException e) {
      return Result.failure("cannot read " + path + ": " + e.getMessage());
    }
  }
}
