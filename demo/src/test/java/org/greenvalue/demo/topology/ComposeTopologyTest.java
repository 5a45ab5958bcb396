package org.greenvalue.demo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.greenvalue.ledger.tools.ContractsDeployCommand;
import org.greenvalue.ledger.tools.NetworkGenerateCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import picocli.CommandLine;

/**
 * The same deployment through {@code docker compose} (PostgreSQL, four Besu validators and an RPC
 * node, the three images), where a Docker engine is reachable; kept small: it comes up in the
 * README's order, with contracts deployed by the explicit command, and each service answers over
 * its API. Without Docker it is skipped, and {@link ProductionTopologyTest} runs the topology on
 * Debian's PostgreSQL and anvil.
 */
@Tag("integration")
class ComposeTopologyTest {
  private static final Path ROOT =
      Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();
  private static final String PROJECT = "gvr-topology-test";

  @Test
  void theComposeDeploymentComesUpAndEachServiceAnswers() throws Exception {
    assumeTrue(
        DockerClientFactory.instance().isDockerAvailable(),
        "no Docker engine here: the compose variant is skipped; ProductionTopologyTest runs the"
            + " same topology on Debian's PostgreSQL and anvil");
    Path network = ROOT.resolve("network");
    if (!Files.exists(network.resolve("genesis.json"))) {
      assertThat(
              new CommandLine(new NetworkGenerateCommand())
                  .execute("--out", network.toString(), "--validators", "4"))
          .isZero();
    }
    run(ROOT.resolve("deploy/secrets-generate.sh"));
    Map<String, String> env = secretsAsEnvironment(network);
    File compose = ROOT.resolve("docker-compose.yml").toFile();

    ComposeContainer ledger =
        new ComposeContainer(PROJECT, compose)
            .withLocalCompose(true)
            .withEnv(env)
            .withServices("postgres", "rpcnode")
            .waitingFor("rpcnode", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(5)));
    ComposeContainer services =
        new ComposeContainer(PROJECT, compose)
            .withLocalCompose(true)
            .withEnv(env)
            .withBuild(true)
            .withServices("registry", "issuer", "verifier");
    for (String service : Topology.SERVICES) {
      services.waitingFor(service, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(5)));
    }
    try {
      ledger.start();
      if (!Files.exists(network.resolve("contracts.env"))) {
        assertThat(
                new CommandLine(new ContractsDeployCommand())
                    .execute(
                        "--rpc-url", "http://localhost:8545",
                        "--key-file", network.resolve("registry/key").toString(),
                        "--out", network.resolve("contracts.env").toString()))
            .isZero();
      }
      services.start();

      Api api = new Api(HttpClient.newHttpClient());
      URI registry = URI.create("http://localhost:8080");
      String authority =
          api.token(
              registry.resolve("/oauth2/token"),
              "authority",
              env.get("GVR_SECRET_REGISTRY_AUTHORITY_SECRET"),
              "trust.authority registry.read");
      assertThat(api.get(registry.resolve("/organisations"), authority).status()).isEqualTo(200);
      assertThat(api.registryDid(registry)).startsWith("did:");
      for (String url :
          List.of("http://localhost:8081", "http://localhost:8082", registry.toString())) {
        assertThat(api.ready(URI.create(url))).as(url).isTrue();
      }
    } finally {
      services.stop();
      ledger.stop();
    }
  }

  /** As {@code deploy/compose.sh}: each {@code network/secrets/<name>} as GVR_SECRET_<NAME>. */
  private static Map<String, String> secretsAsEnvironment(Path network) throws IOException {
    Map<String, String> env = new HashMap<>();
    try (Stream<Path> files = Files.list(network.resolve("secrets"))) {
      for (Path file : files.toList()) {
        env.put(variable(file.getFileName().toString()), Files.readString(file).strip());
      }
    }
    env.put(variable("ledger-key"), Files.readString(network.resolve("registry/key")).strip());
    return env;
  }

  private static String variable(String secret) {
    return "GVR_SECRET_" + secret.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static void run(Path script) throws IOException {
    Commands.run(List.of("bash", script.toString()), null);
  }
}
