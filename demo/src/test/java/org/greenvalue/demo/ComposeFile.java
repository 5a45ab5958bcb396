package org.greenvalue.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as compose reads it with no variables set: {@code ${NAME:-default}} is the
 * default, {@code ${NAME}} the empty string.
 */
final class ComposeFile {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");

  private final Map<String, Object> root;

  private ComposeFile(Map<String, Object> root) {
    this.root = root;
  }

  static ComposeFile read(Path file) throws IOException {
    return new ComposeFile(new Yaml().load(Files.readString(file)));
  }

  static String interpolate(String value) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
    }
    return m.appendTail(out).toString();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> service(String name) {
    return (Map<String, Object>) ((Map<String, Object>) root.get("services")).get(name);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> section(String name) {
    return (Map<String, Object>) root.get(name);
  }

  @SuppressWarnings("unchecked")
  Map<String, String> environment(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) service(service).getOrDefault("environment", Map.of()))
        .forEach((k, v) -> env.put(k, interpolate(String.valueOf(v))));
    return env;
  }

  @SuppressWarnings("unchecked")
  List<String> list(String service, String key) {
    return (List<String>) service(service).getOrDefault(key, List.of());
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> secrets(String service) {
    return (List<Map<String, Object>>) service(service).getOrDefault("secrets", List.of());
  }

  /**
   * The files a service finds under {@code treeRoot}: its secrets (content a placeholder, as the
   * generator writes it) and its configs (inline {@code content}), each as {@code name} (the path
   * under the root) and {@code content}.
   */
  @SuppressWarnings("unchecked")
  List<Map<String, String>> configTreeFiles(String service, String treeRoot) {
    List<Map<String, String>> files = new java.util.ArrayList<>();
    for (Map<String, Object> secret : secrets(service)) {
      String target = (String) secret.get("target");
      if (target.startsWith(treeRoot)) {
        files.add(Map.of("name", target.substring(treeRoot.length()), "content", "generated"));
      }
    }
    Map<String, Object> definitions = section("configs");
    for (Map<String, Object> config :
        (List<Map<String, Object>>) service(service).getOrDefault("configs", List.of())) {
      String target = (String) config.get("target");
      Map<String, Object> definition =
          (Map<String, Object>) definitions.get((String) config.get("source"));
      if (target.startsWith(treeRoot)) {
        files.add(
            Map.of(
                "name",
                target.substring(treeRoot.length()),
                "content",
                interpolate(String.valueOf(definition.get("content")))));
      }
    }
    return files;
  }

  /** The command of a {@code CMD bash -c <script>} healthcheck: its script. */
  @SuppressWarnings("unchecked")
  static String healthcheckScript(Map<String, Object> service) {
    Map<String, Object> check = (Map<String, Object>) service.get("healthcheck");
    List<String> test = (List<String>) check.get("test");
    if (!test.subList(0, 3).equals(List.of("CMD", "bash", "-c"))) {
      throw new AssertionError("not a CMD bash -c healthcheck: " + test);
    }
    return test.get(3);
  }
}
