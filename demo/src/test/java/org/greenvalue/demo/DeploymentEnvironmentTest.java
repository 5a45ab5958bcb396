package org.greenvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.network.ContractsEnv;
import org.greenvalue.ledger.network.NetworkFiles;
import org.greenvalue.ledger.network.NetworkSpec;
import org.greenvalue.ledger.network.NetworkWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml read as an operator would run it, without Docker: every variable a service is
 * given is a property it reads, every secret is a property file its user can read, every mounted
 * path exists in its image and belongs to its user, and every request made to a Besu node names a
 * host its {@code --host-allowlist} accepts.
 */
class DeploymentEnvironmentTest {
  private static final Path ROOT =
      Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();
  private static final String CONFIG_TREE = "/run/secrets/config/";
  private static final Pattern HOST_HEADER = Pattern.compile("Host: ([^\\\\\\s]+)");
  private static final List<String> BESU_NODES =
      List.of("validator1", "validator2", "validator3", "validator4", "rpcnode");

  private static ComposeFile compose;
  private static Path network;

  @BeforeAll
  static void read(@TempDir Path dir) throws IOException {
    compose = ComposeFile.read(ROOT.resolve("docker-compose.yml"));
    network = dir.resolve("network");
    new NetworkWriter(new SecureRandom()).write(NetworkSpec.defaults(), network);
    String address = "0x" + "ab".repeat(20);
    Files.writeString(
        network.resolve("contracts.env"),
        ContractsEnv.text(new ContractAddresses(address, address, address)));
  }

  private static SpringPropertyNames properties(String service) throws IOException {
    return SpringPropertyNames.of(ROOT, service, "service-kit");
  }

  private static ImageFacts image(String service) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> build = (Map<String, Object>) compose.service(service).get("build");
    return ImageFacts.read(ROOT.resolve((String) build.get("dockerfile")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void everyEnvironmentVariableIsAPropertyTheServiceReads(String service) throws IOException {
    SpringPropertyNames names = properties(service);
    for (String variable : compose.environment(service).keySet()) {
      assertThat(names.bindsEnvironmentVariable(variable)).as(service + " " + variable).isTrue();
    }
    assertThat(names.bindsEnvironmentVariable("GVR_LEDGER_RPC_URL")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry", "verifier"})
  void theGeneratedContractAddressesAreReadByTheServicesGivenThem(String service)
      throws IOException {
    assertThat(compose.list(service, "env_file")).containsExactly("./network/contracts.env");
    List<String> variables = variables(network.resolve("contracts.env"));
    List<String> read =
        variables.stream().filter(properties(service)::bindsEnvironmentVariable).toList();
    assertThat(read).as(service).isNotEmpty();
    for (String variable : variables) {
      assertThat(
              properties("registry").bindsEnvironmentVariable(variable)
                  || properties("verifier").bindsEnvironmentVariable(variable))
          .as(variable)
          .isTrue();
    }
  }

  @Test
  void theGeneratedServicesEnvSetsOnlyPropertiesOfTheServices() throws IOException {
    for (String variable : variables(network.resolve(NetworkFiles.SERVICES_ENV))) {
      assertThat(
              properties("registry").bindsEnvironmentVariable(variable)
                  || properties("verifier").bindsEnvironmentVariable(variable))
          .as(variable)
          .isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void everySecretIsAPropertyFileOnlyTheServiceUserCanRead(String service) throws IOException {
    SpringPropertyNames names = properties(service);
    ImageFacts image = image(service);
    assertThat(compose.environment(service))
        .containsEntry("SPRING_CONFIG_IMPORT", "configtree:" + CONFIG_TREE);
    assertThat(compose.secrets(service)).isNotEmpty();
    for (Map<String, Object> secret : compose.secrets(service)) {
      String target = (String) secret.get("target");
      assertThat(target).startsWith(CONFIG_TREE);
      String property = target.substring(CONFIG_TREE.length());
      assertThat(names.bindsConfigTreeFile(property)).as(service + " " + property).isTrue();
      assertCopiedInFor(secret, image.uid());
    }
  }

  @Test
  void postgresReadsItsSecretsAsThePostgresUserAndCreatesOneRolePerService() throws IOException {
    for (Map<String, Object> secret : compose.secrets("postgres")) {
      assertCopiedInFor(secret, 999); // the postgres image's postgres user
    }
    String init = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh"));
    assertThat(init)
        .contains("for service in registry issuer verifier")
        .contains("NOSUPERUSER NOCREATEDB NOCREATEROLE")
        .contains("CREATE DATABASE :\"role\" OWNER :\"role\"")
        .contains("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :\"app\"");
    for (String service : List.of("registry", "issuer", "verifier")) {
      Map<String, String> env = compose.environment(service);
      // Flyway migrates as the owner; the service runs as a role without DDL rights
      assertThat(env.get("SPRING_FLYWAY_USER")).isEqualTo(service);
      assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(service + "_app");
      assertThat(env.get("SPRING_DATASOURCE_URL")).endsWith("/" + service);
      assertThat(compose.secrets("postgres"))
          .extracting(s -> s.get("source"))
          .contains(service + "-db-password", service + "-app-db-password");
    }
  }

  /** Compose copies environment secrets in with uid, gid and mode; file secrets keep the host's. */
  @SuppressWarnings("unchecked")
  private static void assertCopiedInFor(Map<String, Object> secret, int uid) {
    String source = (String) secret.get("source");
    Map<String, Object> definition = (Map<String, Object>) compose.section("secrets").get(source);
    assertThat(definition).as(source).containsOnlyKeys("environment");
    assertThat(secret.get("uid")).as(source).isEqualTo(String.valueOf(uid));
    assertThat(secret.get("gid")).as(source).isEqualTo(String.valueOf(uid));
    assertThat(secret.get("mode")).as(source).isEqualTo(0400);
  }

  @Test
  void everySecretIsWrittenByTheGeneratorAndPassedOnByTheComposeScript() throws IOException {
    String generate = Files.readString(ROOT.resolve("deploy/secrets-generate.sh"));
    String wrapper = Files.readString(ROOT.resolve("deploy/compose.sh"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> secrets =
        (Map<String, Map<String, Object>>) (Map<?, ?>) compose.section("secrets");
    for (var secret : secrets.entrySet()) {
      String name = secret.getKey();
      assertThat(secret.getValue().get("environment"))
          .isEqualTo("GVR_SECRET_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      if (name.equals("ledger-key")) {
        assertThat(wrapper).contains("export_secret ledger-key \"$root/network/registry/key\"");
      } else {
        assertThat(generate).as(name).containsPattern("[\\s]" + name + "[\\s;]");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void everyMountedPathExistsInTheImageAndBelongsToItsUser(String service) throws IOException {
    ImageFacts image = image(service);
    for (String volume : compose.list(service, "volumes")) {
      String[] parts = volume.split(":");
      assertThat(parts[0]).as(volume).doesNotStartWith(".").doesNotStartWith("/");
      assertThat(image.ownedDirectories()).as(service + " " + volume).contains(parts[1]);
    }
  }

  @Test
  void theIssuerWritesPacksIntoItsVolume() throws IOException {
    String dir = compose.environment("issuer").get("GVR_ISSUER_PACKS_DIR");
    assertThat(compose.list("issuer", "volumes")).contains("issuer-packs:" + dir);
    assertThat(image("issuer").ownedDirectories()).contains(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"registry", "issuer", "verifier"})
  void eachServiceIsHealthyWhenItsReadinessGroupIsUp(String service) {
    String script = ComposeFile.healthcheckScript(compose.service(service));
    assertThat(script).contains("GET /actuator/health/readiness ").contains("\"status\":\"UP\"");
    assertThat(script).contains("/dev/tcp/127.0.0.1/" + port(service));
  }

  @Test
  void everyBesuHealthcheckNamesAHostItsAllowlistAccepts() {
    for (String node : BESU_NODES) {
      Map<String, Object> service = compose.service(node);
      Matcher host = HOST_HEADER.matcher(ComposeFile.healthcheckScript(service));
      assertThat(host.find()).as(node + ": the healthcheck sends no Host header").isTrue();
      assertThat(allowlist(node)).as(node).contains(host.group(1).split(":")[0]);
    }
  }

  @Test
  void theServicesReachTheRpcNodeByAHostItsAllowlistAccepts() {
    for (String variable : List.of("GVR_REGISTRY_LEDGER_RPC_URL", "GVR_VERIFIER_LEDGER_RPC_URL")) {
      String service = variable.contains("REGISTRY") ? "registry" : "verifier";
      URI rpc = URI.create(compose.environment(service).get(variable));
      assertThat(allowlist("rpcnode")).as(variable).contains(rpc.getHost());
    }
  }

  @Test
  void publicUrlsAndAllowListsNameTheDeploymentsOwnHosts() {
    String registry = alias("registry");
    String issuer = alias("issuer");
    String verifier = alias("verifier");
    Map<String, String> r = compose.environment("registry");
    Map<String, String> i = compose.environment("issuer");
    Map<String, String> v = compose.environment("verifier");
    String registryUrl = "http://" + registry + ":8080";
    String statusListBase = "https://" + registry;
    assertThat(r.get("GVR_REGISTRY_STATUS_LISTS_PUBLIC_BASE_URL")).isEqualTo(statusListBase);
    assertThat(v.get("GVR_VERIFIER_STATUS_LIST_PREFIXES"))
        .isEqualTo(statusListBase + "/status-lists/");
    assertThat(v.get("GVR_VERIFIER_REGISTRY_URL")).isEqualTo(registryUrl);
    assertThat(i.get("GVR_ISSUER_REGISTRY_URL")).isEqualTo(registryUrl);
    assertThat(r.get("GVR_REGISTRY_EXPLORER_VERIFIER_URL"))
        .isEqualTo("http://" + verifier + ":8082");
    assertThat(i.get("GVR_ISSUER_PUBLIC_URL")).isEqualTo("http://" + issuer + ":8081");
    assertThat(i.get("GVR_ISSUER_DID_WEB_HOST")).isEqualTo(issuer + "%3A8081");
    assertThat(r.get("GVR_REGISTRY_GREEN_VALUE_DID_WEB_HOSTS")).isEqualTo(issuer + ":8081");
    assertThat(v.get("GVR_VERIFIER_DID_WEB_HOSTS")).isEqualTo(issuer + ":8081");
    assertThat(v).containsKey("GVR_VERIFIER_REGISTRY_DID");
  }

  @SuppressWarnings("unchecked")
  private static String alias(String service) {
    Map<String, Object> networks = (Map<String, Object>) compose.service(service).get("networks");
    List<String> aliases =
        (List<String>) ((Map<String, Object>) networks.get("services")).get("aliases");
    return ComposeFile.interpolate(aliases.get(0));
  }

  private static List<String> allowlist(String node) {
    return compose.list(node, "command").stream()
        .filter(arg -> arg.startsWith("--host-allowlist="))
        .flatMap(arg -> Arrays.stream(arg.substring("--host-allowlist=".length()).split(",")))
        .toList();
  }

  private static int port(String service) {
    return switch (service) {
      case "registry" -> 8080;
      case "issuer" -> 8081;
      default -> 8082;
    };
  }

  private static List<String> variables(Path envFile) throws IOException {
    return Files.readAllLines(envFile).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.substring(0, line.indexOf('=')))
        .toList();
  }
}
