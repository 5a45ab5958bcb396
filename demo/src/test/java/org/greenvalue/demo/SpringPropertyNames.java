package org.greenvalue.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The properties a service reads, from the configuration metadata its build writes ({@code
 * META-INF/spring-configuration-metadata.json} of the service and of {@code service-kit}) and
 * Spring Boot's own (on this test's class path), matched the way Spring binds environment variables
 * and config-tree file names to them.
 */
final class SpringPropertyNames {
  private static final String METADATA = "META-INF/spring-configuration-metadata.json";
  private static final String ADDITIONAL = "META-INF/additional-spring-configuration-metadata.json";
  private static final Pattern INDEXED_REST = Pattern.compile("_\\d+(_[A-Z0-9]+)*");

  /** Property name to its type, e.g. {@code java.util.List<...Client>}. */
  private final Map<String, String> types;

  private SpringPropertyNames(Map<String, String> types) {
    this.types = types;
  }

  static SpringPropertyNames of(Path root, String... modules) throws IOException {
    Map<String, String> types = new HashMap<>();
    for (String module : modules) {
      Path metadata = root.resolve(module).resolve("target/classes").resolve(METADATA);
      if (!Files.isRegularFile(metadata)) {
        throw new AssertionError(metadata + " is missing: is the configuration processor on?");
      }
      try (InputStream in = Files.newInputStream(metadata)) {
        read(in, types);
      }
    }
    for (String resource : List.of(METADATA, ADDITIONAL)) {
      for (URL url :
          Collections.list(SpringPropertyNames.class.getClassLoader().getResources(resource))) {
        try (InputStream in = url.openStream()) {
          read(in, types);
        }
      }
    }
    return new SpringPropertyNames(Map.copyOf(types));
  }

  private static void read(InputStream in, Map<String, String> types) throws IOException {
    for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
      types.put(property.path("name").asText(), property.path("type").asText(""));
    }
  }

  /** Whether Spring binds the environment variable to a property of this service. */
  boolean bindsEnvironmentVariable(String variable) {
    return types.entrySet().stream()
        .anyMatch(
            p ->
                matches(variable, environmentForm(p.getKey()), p.getValue())
                    || matches(variable, legacyEnvironmentForm(p.getKey()), p.getValue()));
  }

  /** Whether a config-tree file of this name sets a property of this service. */
  boolean bindsConfigTreeFile(String fileName) {
    return bindsEnvironmentVariable(environmentForm(fileName));
  }

  private static boolean matches(String variable, String form, String type) {
    if (variable.equals(form)) {
      return true;
    }
    boolean collection = type.startsWith("java.util.List") || type.startsWith("java.util.Map");
    return collection
        && variable.startsWith(form)
        && INDEXED_REST.matcher(variable.substring(form.length())).matches();
  }

  /** {@code gvr.status-lists.max-age} as {@code GVR_STATUSLISTS_MAXAGE}, indexes as {@code _0}. */
  static String environmentForm(String property) {
    return legacyEnvironmentForm(property.replace("-", ""));
  }

  /** Spring's other accepted form, dashes as underscores: {@code GVR_STATUS_LISTS_MAX_AGE}. */
  static String legacyEnvironmentForm(String property) {
    return property
        .replace('-', '_')
        .replace("[", ".")
        .replace("]", "")
        .replace('.', '_')
        .toUpperCase(Locale.ROOT);
  }
}
