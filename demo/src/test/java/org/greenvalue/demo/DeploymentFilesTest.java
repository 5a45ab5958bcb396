package org.greenvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The services' part of docker-compose.yml against their Dockerfiles and what the build produces:
 * the jar each image copies exists after {@code package} (and is the one {@link
 * org.greenvalue.demo.stack.ServiceProcess} runs as a plain process), the port it exposes is the
 * one published and the one the service listens on by default, and the context lets the jar in.
 */
class DeploymentFilesTest {
  private static final Path ROOT =
      Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
  }

  @ParameterizedTest
  @CsvSource({"registry,8080", "issuer,8081", "verifier,8082"})
  @SuppressWarnings("unchecked")
  void eachServiceImageRunsTheJarTheBuildMakesOnItsDefaultPort(String name, int port)
      throws IOException {
    Map<String, Object> service = service(name);
    Map<String, Object> build = (Map<String, Object>) service.get("build");
    Path dockerfile = ROOT.resolve((String) build.get("dockerfile"));
    String docker = Files.readString(dockerfile);
    String jar = name + "/target/" + name + "-exec.jar";

    assertThat(build.get("context")).isEqualTo(".");
    assertThat(docker).contains("COPY " + jar + " ").contains("EXPOSE " + port);
    assertThat(ROOT.resolve(jar)).isRegularFile();
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("!" + jar);
    assertThat((List<String>) service.get("ports"))
        .contains("127.0.0.1:%d:%d".formatted(port, port));
    Map<String, String> env = (Map<String, String>) service.get("environment");
    assertThat(env.get("SPRING_DATASOURCE_URL")).endsWith("/" + name);
    assertThat(Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh")))
        .contains("for service in registry issuer verifier");
  }

  /**
   * SIGTERM starts a service's graceful shutdown (requests in flight finish, the verifier writes
   * its queued history), each phase of it bounded by Spring's timeout. Compose sends SIGKILL once
   * {@code stop_grace_period} has passed (10 s unless set), so each service is given longer.
   */
  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void eachServiceMayFinishItsGracefulShutdownBeforeComposeKillsIt(String name) throws IOException {
    assertThat(setting(name, "server.shutdown")).isEqualTo("graceful");
    Object grace = service(name).get("stop_grace_period");
    assertThat(grace).as(name + "'s stop_grace_period").isNotNull();
    assertThat(composeDuration(grace.toString()))
        .isGreaterThan(
            composeDuration(setting(name, "spring.lifecycle.timeout-per-shutdown-phase")));
  }

  /** A property as the service runs with it: its application.yml's value, else Spring Boot's. */
  @SuppressWarnings("unchecked")
  private static String setting(String service, String property) throws IOException {
    Object node =
        new Yaml()
            .load(
                Files.readString(
                    ROOT.resolve(service).resolve("src/main/resources/application.yml")));
    for (String key : property.split("\\.")) {
      node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
    }
    return node != null ? node.toString() : springBootDefault(property);
  }

  private static String springBootDefault(String property) throws IOException {
    var metadata =
        DeploymentFilesTest.class
            .getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json");
    var json = new ObjectMapper();
    while (metadata.hasMoreElements()) {
      try (InputStream in = metadata.nextElement().openStream()) {
        for (JsonNode each : json.readTree(in).path("properties")) {
          if (each.path("name").asText().equals(property) && each.has("defaultValue")) {
            return each.get("defaultValue").asText();
          }
        }
      }
    }
    throw new AssertionError("Spring Boot gives " + property + " no default");
  }

  /** A duration as compose and Spring write it: {@code 45s}, {@code 1m30s}. */
  private static Duration composeDuration(String text) {
    return Duration.parse("PT" + text.toUpperCase(Locale.ROOT));
  }
}
