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
  void runsPostgresAndOneBesuNodePerGeneratedKey() {
    assertThat(services).containsKey("postgres");
    // The services (registry, issuer, verifier) sit beside them; every Besu node is a generated
    // one.
    assertThat(
            services.entrySet().stream()
                .filter(
                    e ->
                        String.valueOf(service(e.getKey()).get("image"))
                            .startsWith("hyperledger/besu"))
                .map(Map.Entry::getKey)
                .toList())
        .containsExactlyInAnyOrderElementsOf(besuNodes());
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
