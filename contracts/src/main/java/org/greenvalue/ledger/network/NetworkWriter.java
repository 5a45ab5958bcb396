package org.greenvalue.ledger.network;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Besu QBFT network for {@code docker-compose.yml}: a key per validator and for the RPC
 * node and the registry account, the genesis, static nodes and bootnodes, the permissioning
 * allowlists, and the services' settings. Refuses to overwrite a network already there, so keys are
 * never silently replaced.
 */
public final class NetworkWriter {
  private final SecureRandom random;

  public NetworkWriter(SecureRandom random) {
    this.random = random;
  }

  public GeneratedNetwork write(NetworkSpec spec, Path out) throws IOException {
    if (!spec.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", spec.problems()));
    }
    if (Files.exists(out.resolve(NetworkFiles.GENESIS))) {
      throw new FileAlreadyExistsException(
          out.resolve(NetworkFiles.GENESIS).toString(), null, "a network is already there");
    }
    List<NodeKey> validators = new ArrayList<>();
    for (int i = 1; i <= spec.validators(); i++) {
      validators.add(NodeKey.generate(NetworkSpec.validatorName(i), random));
    }
    GeneratedNetwork network =
        new GeneratedNetwork(
            out,
            spec,
            List.copyOf(validators),
            NodeKey.generate(NetworkFiles.RPC_NODE, random),
            NodeKey.generate(NetworkFiles.REGISTRY_ACCOUNT, random));
    Files.createDirectories(out);
    for (NodeKey node : validators) {
      writeKey(out, node, "rw-r--r--");
    }
    writeKey(out, network.rpcNode(), "rw-r--r--");
    writeKey(out, network.registry(), "rw-------");
    List<String> accounts = List.of(network.registry().address());
    write(
        out.resolve(NetworkFiles.GENESIS), Genesis.pretty(Genesis.of(spec, validators, accounts)));
    write(out.resolve(NetworkFiles.PERMISSIONS), Permissions.toml(network.enodes(), accounts));
    write(out.resolve(NetworkFiles.STATIC_NODES), staticNodes(network.enodes()));
    write(
        out.resolve(NetworkFiles.BESU_ENV),
        "BESU_BOOTNODES=" + String.join(",", network.validatorEnodes()) + "\n");
    write(out.resolve(NetworkFiles.SERVICES_ENV), servicesEnv(network));
    return network;
  }

  private static String staticNodes(List<String> enodes) {
    var array = Json.createArrayBuilder();
    enodes.forEach(array::add);
    return array.build().toString() + "\n";
  }

  private static String servicesEnv(GeneratedNetwork network) {
    return """
        # A registry and verifier run on this host against the network (rpcnode on 8545); each
        # variable is a property they read. The contracts' addresses: network/contracts.env.
        GVR_REGISTRY_LEDGER_MODE=external
        GVR_REGISTRY_LEDGER_RPC_URL=http://localhost:8545
        GVR_REGISTRY_LEDGER_PRIVATE_KEY_FILE=%s
        GVR_VERIFIER_LEDGER_RPC_URL=http://localhost:8545
        """
        .formatted(
            network
                .directory()
                .resolve(NetworkFiles.REGISTRY_ACCOUNT)
                .resolve(NetworkFiles.KEY)
                .toAbsolutePath()
                .toString());
  }

  private static void writeKey(Path out, NodeKey node, String permissions) throws IOException {
    Path dir = Files.createDirectories(out.resolve(node.name()));
    Path key = dir.resolve(NetworkFiles.KEY);
    write(key, node.privateKeyHex());
    restrict(key, permissions);
    write(dir.resolve(NetworkFiles.PUBLIC_KEY), "0x" + node.publicKeyHex());
    write(dir.resolve(NetworkFiles.ADDRESS), node.address());
  }

  private static void restrict(Path file, String permissions) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
  }
}
