package org.greenvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
}
