package org.greenvalue.ledger.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** Keeps the root {@code docker-compose.yml} consistent with what the generator writes. */
class ComposeFileTest {
  private static final NetworkSpec SPEC = NetworkSpec.defaults();
  private static Map<String, Object> services;
  private static GeneratedNetwork network;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read(@TempDir Path dir) throws IOException {
    Path compose = Path.of("..", "docker-compose.yml");
    Map<String, Object> root = new Yaml().load(Files.readString(compose));
    services = (Map<String, Object>) root.get("services");
    network = new NetworkWriter(new SecureRandom()).write(SPEC, dir.resolve("network"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return (Map<String, Object>) services.get(name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> service, String key) {
    return (List<String>) service.getOrDefault(key, List.of());
  }

  private static List<String> besuNodes() {
    List<String> nodes =
        new ArrayList<>(
            IntStream.rangeClosed(1, SPEC.validators())
                .mapToObj(NetworkSpec::validatorName)
                .toList());
    nodes.add(NetworkFiles.RPC_NODE);
    return nodes;
  }

  private static String option(Map<String, Object> service, String name) {
    return list(service, "command").stream()
        .filter(arg -> arg.startsWith(name + "="))
        .map(arg -> arg.substring(name.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing"));
  }

  @Test
  void runsPostgresOneBesuNodePerGeneratedKeyAndTheThreeServices() {
    assertThat(services.keySet())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    besuNodes().stream(),
                    java.util.stream.Stream.of("postgres", "registry", "issuer", "verifier"))
                .toList());
    assertThat(network.validators())
        .extracting(NodeKey::name)
        .containsExactlyElementsOf(besuNodes().subList(0, SPEC.validators()));
  }

  @Test
  void everyImageIsPinnedToAReleaseNeverLatest() {
    for (String name : services.keySet()) {
      String image = (String) service(name).get("image");
      assertThat(image).as(name).doesNotContain("latest").matches("[a-z/]+:\\d+\\.\\d+(\\.\\d+)?");
    }
    assertThat((String) service("validator1").get("image")).startsWith("hyperledger/besu:2");
    assertThat((String) service("postgres").get("image")).startsWith("postgres:16.");
  }

  @Test
  void everyMountedNetworkFileIsOneTheGeneratorWrites() {
    for (String node : besuNodes()) {
      List<String> sources =
          list(service(node), "volumes").stream()
              .map(v -> v.split(":")[0])
              .filter(v -> v.startsWith("./network/"))
              .toList();
      assertThat(sources)
          .as(node)
          .containsExactlyInAnyOrder(
              "./network/" + NetworkFiles.GENESIS,
              "./network/" + NetworkFiles.PERMISSIONS,
              "./network/" + NetworkFiles.STATIC_NODES,
              "./network/" + node + "/" + NetworkFiles.KEY);
      for (String source : sources) {
        assertThat(network.directory().resolve(source.substring("./network/".length())))
            .as(node)
            .isRegularFile();
      }
      assertThat(list(service(node), "env_file"))
          .containsExactly("./network/" + NetworkFiles.BESU_ENV);
      assertThat(network.directory().resolve(NetworkFiles.BESU_ENV)).isRegularFile();
    }
  }

  @Test
  void noBesuNodeMountsTheRegistryAccountsKey() {
    for (String node : besuNodes()) {
      assertThat(list(service(node), "volumes"))
          .noneMatch(v -> v.contains(NetworkFiles.REGISTRY_ACCOUNT));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void onlyTheRegistryGetsTheGeneratedAccountKeyAsItsLedgerPrivateKeySecret() throws IOException {
    Map<String, Object> secrets =
        (Map<String, Object>) ((Map<String, Object>) new Yaml().load(readCompose())).get("secrets");
    assertThat((Map<String, Object>) secrets.get("ledger-key"))
        .containsEntry("environment", "GVR_SECRET_LEDGER_KEY");
    assertThat(Files.readString(Path.of("..", "deploy", "compose.sh")))
        .contains(
            "export_secret ledger-key \"$root/network/"
                + NetworkFiles.REGISTRY_ACCOUNT
                + "/"
                + NetworkFiles.KEY
                + "\"");
    assertThat(network.directory().resolve(NetworkFiles.REGISTRY_ACCOUNT).resolve(NetworkFiles.KEY))
        .isRegularFile();
    assertThat(secretSources("registry")).contains("ledger-key");
    assertThat((List<Map<String, Object>>) service("registry").get("secrets"))
        .filteredOn(s -> "ledger-key".equals(s.get("source")))
        .extracting(s -> s.get("target"))
        .containsExactly("/run/secrets/config/gvr.registry.ledger.private-key");
    assertThat(secretSources("issuer")).doesNotContain("ledger-key");
    assertThat(secretSources("verifier")).doesNotContain("ledger-key");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> secretSources(String name) {
    return ((List<Map<String, Object>>) service(name).get("secrets"))
        .stream().map(s -> s.get("source")).toList();
  }

  private static String readCompose() {
    try {
      return Files.readString(Path.of("..", "docker-compose.yml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void nodesSitAtTheAddressesTheirEnodesName() {
    for (String enode : network.enodes()) {
      String host = enode.substring(enode.indexOf('@') + 1, enode.lastIndexOf(':'));
      long matching =
          besuNodes().stream()
              .filter(node -> option(service(node), "--p2p-host").equals(host))
              .filter(node -> ipv4(node).equals(host))
              .count();
      assertThat(matching).as(enode).isEqualTo(1);
      assertThat(enode).endsWith(":" + SPEC.p2pPort());
    }
  }

  @SuppressWarnings("unchecked")
  private static String ipv4(String node) {
    Map<String, Object> networks = (Map<String, Object>) service(node).get("networks");
    return (String) ((Map<String, Object>) networks.get("ledger")).get("ipv4_address");
  }

  @Test
  void validatorsServeOnlyEthNetQbftAndPublishNothing() {
    for (int i = 1; i <= SPEC.validators(); i++) {
      Map<String, Object> validator = service(NetworkSpec.validatorName(i));
      assertThat(option(validator, "--rpc-http-api")).isEqualTo("ETH,NET,QBFT");
      assertThat(validator).doesNotContainKey("ports");
    }
  }

  @Test
  void onlyTheRpcNodeIsPublishedWithTheServicesApisAndOnlyOnLoopback() {
    Map<String, Object> rpc = service(NetworkFiles.RPC_NODE);
    assertThat(option(rpc, "--rpc-http-api")).isEqualTo("ETH,NET,WEB3,QBFT,TXPOOL");
    assertThat(list(rpc, "ports")).containsExactly("127.0.0.1:8545:8545");
  }

  @Test
  void everyBesuNodeIsFreeGasPermissionedAndHealthChecked() {
    for (String node : besuNodes()) {
      Map<String, Object> service = service(node);
      List<String> command = list(service, "command");
      assertThat(command)
          .as(node)
          .contains(
              "--min-gas-price=0",
              "--permissions-nodes-config-file-enabled",
              "--permissions-accounts-config-file-enabled",
              "--genesis-file=/config/genesis.json",
              "--node-private-key-file=/config/key")
          .noneMatch(arg -> arg.toUpperCase(java.util.Locale.ROOT).contains("ADMIN"))
          .noneMatch(arg -> arg.toUpperCase(java.util.Locale.ROOT).contains("PERM,"))
          .noneMatch(arg -> arg.toUpperCase(java.util.Locale.ROOT).matches(".*API=.*PERM.*"));
      assertThat(service).as(node).containsKey("healthcheck");
    }
    assertThat(service("postgres")).containsKey("healthcheck");
  }
}
