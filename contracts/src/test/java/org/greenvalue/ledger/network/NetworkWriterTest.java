package org.greenvalue.ledger.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.ledger.network.GeneratedFiles.json;
import static org.greenvalue.ledger.network.GeneratedFiles.text;
import static org.greenvalue.ledger.network.GeneratedFiles.tomlList;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

class NetworkWriterTest {
  @TempDir static Path dir;
  private static Path out;
  private static GeneratedNetwork network;

  @BeforeAll
  static void generate() throws IOException {
    out = dir.resolve("network");
    network = new NetworkWriter(new SecureRandom()).write(NetworkSpec.defaults(), out);
  }

  private static List<String> names() {
    List<String> names =
        new java.util.ArrayList<>(
            IntStream.rangeClosed(1, 4).mapToObj(NetworkSpec::validatorName).toList());
    names.add(NetworkFiles.RPC_NODE);
    return names;
  }

  private static String addressOfKey(String node) throws IOException {
    return Credentials.create(text(out, node, NetworkFiles.KEY)).getAddress();
  }

  @Test
  void theGenesisExtraDataDecodesBackToTheValidatorsKeysInOrder() throws IOException {
    String extraData = json(out.resolve(NetworkFiles.GENESIS)).getString("extraData");

    List<String> fromKeys =
        IntStream.rangeClosed(1, 4)
            .mapToObj(
                i -> {
                  try {
                    return addressOfKey(NetworkSpec.validatorName(i));
                  } catch (IOException e) {
                    throw new AssertionError(e);
                  }
                })
            .toList();
    assertThat(QbftExtraData.decodeValidators(extraData)).containsExactlyElementsOf(fromKeys);
    assertThat(fromKeys).doesNotHaveDuplicates();
    for (int i = 1; i <= 4; i++) {
      assertThat(text(out, NetworkSpec.validatorName(i), NetworkFiles.ADDRESS))
          .isEqualTo(fromKeys.get(i - 1));
    }
    assertThat(network.validators().stream().map(NodeKey::address))
        .containsExactlyElementsOf(fromKeys);
  }

  @Test
  void theGenesisIsAZeroBaseFeeQbftChainFromLondonFundingTheRegistry() throws IOException {
    JsonObject genesis = json(out.resolve(NetworkFiles.GENESIS));
    JsonObject config = genesis.getJsonObject("config");
    JsonObject qbft = config.getJsonObject("qbft");

    assertThat(config.getJsonNumber("chainId").longValue()).isEqualTo(1337);
    assertThat(config.getInt("londonBlock")).isZero();
    assertThat(config.getInt("berlinBlock")).isZero();
    assertThat(config.getBoolean("zeroBaseFee")).isTrue();
    assertThat(qbft.getInt("blockperiodseconds")).isEqualTo(2);
    assertThat(qbft.getInt("requesttimeoutseconds")).isEqualTo(4);
    assertThat(qbft.getInt("emptyblockperiodseconds")).isEqualTo(60);
    assertThat(qbft.getInt("epochlength")).isEqualTo(30_000);
    assertThat(genesis.getString("mixHash")).isEqualTo(Genesis.BFT_MIX_HASH);
    assertThat(Long.decode(genesis.getString("gasLimit"))).isGreaterThan(1_000_000_000L);
    String registry = addressOfKey(NetworkFiles.REGISTRY_ACCOUNT);
    assertThat(genesis.getJsonObject("alloc").keySet()).containsExactly(registry.substring(2));
  }

  @Test
  void theAllowlistsHoldExactlyTheGeneratedNodesAndTheRegistryAccount() throws IOException {
    Path toml = out.resolve(NetworkFiles.PERMISSIONS);
    List<String> nodes = tomlList(toml, "nodes-allowlist");
    String host = NetworkSpec.defaults().subnet();

    assertThat(nodes).hasSize(5).doesNotHaveDuplicates();
    for (String node : names()) {
      String publicKey = text(out, node, NetworkFiles.PUBLIC_KEY).substring(2);
      assertThat(nodes)
          .filteredOn(e -> e.startsWith("enode://" + publicKey + "@" + host + "."))
          .hasSize(1);
    }
    assertThat(tomlList(toml, "accounts-allowlist"))
        .containsExactly(addressOfKey(NetworkFiles.REGISTRY_ACCOUNT));
  }

  @Test
  void staticNodesListEveryNodeAndTheBootnodesAreTheValidators() throws IOException {
    List<String> allowed = tomlList(out.resolve(NetworkFiles.PERMISSIONS), "nodes-allowlist");
    List<String> staticNodes =
        GeneratedFiles.jsonArray(out.resolve(NetworkFiles.STATIC_NODES)).stream()
            .map(v -> ((JsonString) v).getString())
            .toList();
    String bootnodes = Files.readString(out.resolve(NetworkFiles.BESU_ENV)).strip();

    assertThat(staticNodes).containsExactlyElementsOf(allowed);
    assertThat(bootnodes).startsWith("BESU_BOOTNODES=");
    assertThat(bootnodes.substring("BESU_BOOTNODES=".length()).split(","))
        .containsExactlyElementsOf(allowed.subList(0, 4));
  }

  @Test
  void theServicesAreToldTheRpcUrlAndKeyFileAsTheirOwnPropertiesButNotTheKey() throws IOException {
    String env = Files.readString(out.resolve(NetworkFiles.SERVICES_ENV));
    String key = text(out, NetworkFiles.REGISTRY_ACCOUNT, NetworkFiles.KEY);

    assertThat(env)
        .contains("GVR_REGISTRY_LEDGER_MODE=external")
        .contains("GVR_REGISTRY_LEDGER_RPC_URL=http://localhost:8545")
        .contains("GVR_VERIFIER_LEDGER_RPC_URL=http://localhost:8545")
        .contains(
            "GVR_REGISTRY_LEDGER_PRIVATE_KEY_FILE="
                + out.resolve(NetworkFiles.REGISTRY_ACCOUNT)
                    .resolve(NetworkFiles.KEY)
                    .toAbsolutePath())
        .doesNotContain("GVR_LEDGER_")
        .doesNotContain(key.substring(2));
    Path keyFile = out.resolve(NetworkFiles.REGISTRY_ACCOUNT).resolve(NetworkFiles.KEY);
    if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(keyFile))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
  }

  @Test
  void aSingleValidatorNetworkHasOneValidatorInExtraData() throws IOException {
    NetworkSpec one = new NetworkSpec(1, 2024, 1, 30, 2, 100, "10.9.8", 30303);
    GeneratedNetwork network = new NetworkWriter(new SecureRandom()).write(one, dir.resolve("one"));

    String extraData =
        json(dir.resolve("one").resolve(NetworkFiles.GENESIS)).getString("extraData");
    assertThat(QbftExtraData.decodeValidators(extraData))
        .containsExactly(network.validators().get(0).address());
    assertThat(network.enodes()).hasSize(2).allMatch(e -> e.contains("@10.9.8."));
    assertThat(Map.of("v", network.validators().get(0).toString()).get("v"))
        .doesNotContain(network.validators().get(0).keys().getPrivateKey().toString(16));
  }
}
