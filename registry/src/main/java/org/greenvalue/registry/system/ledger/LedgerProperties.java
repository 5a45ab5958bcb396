package org.greenvalue.registry.system.ledger;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the ledger is.
 *
 * @param mode {@code dev}: start anvil and deploy the contracts; {@code external}: attach to {@code
 *     rpcUrl}
 * @param rpcUrl the node's JSON-RPC URL (external mode)
 * @param privateKey the sending account's hex private key (external mode); never logged
 * @param privateKeyFile a file holding that key, used when {@code privateKey} is unset (a container
 *     secret, or {@code network/registry/key} from the network generator)
 * @param contracts the deployed contracts (external mode), all three required: the registry never
 *     deploys to an external chain ({@code contracts/contracts-deploy.sh} does, once)
 * @param anvil the anvil launcher (dev mode); empty looks in the usual places
 * @param receiptTimeout how long a write waits for its receipt
 * @param reconnectInterval while the ledger is unavailable (node unreachable, contracts missing),
 *     the least time between two attempts to connect
 */
@Validated
@ConfigurationProperties("gvr.registry.ledger")
public record LedgerProperties(
    @NotNull @DefaultValue("dev") Mode mode,
    URI rpcUrl,
    String privateKey,
    Path privateKeyFile,
    @DefaultValue Contracts contracts,
    Path anvil,
    @NotNull @DefaultValue("60s") Duration receiptTimeout,
    @NotNull @DefaultValue("5s") Duration reconnectInterval) {

  public enum Mode {
    DEV,
    EXTERNAL
  }

  /** Addresses of the deployed contracts. */
  public record Contracts(String anchorRegistry, String trustRegistry, String greenValueLedger) {
    /** The property names of the addresses not given. */
    List<String> missing() {
      List<String> missing = new ArrayList<>();
      addIfBlank(missing, "anchor-registry", anchorRegistry);
      addIfBlank(missing, "trust-registry", trustRegistry);
      addIfBlank(missing, "green-value-ledger", greenValueLedger);
      return List.copyOf(missing);
    }

    private static void addIfBlank(List<String> missing, String name, String address) {
      if (address == null || address.isBlank()) {
        missing.add("gvr.registry.ledger.contracts." + name);
      }
    }
  }

  /** The sending account's key: {@code privateKey}, else the contents of {@code privateKeyFile}. */
  public String signingKey() {
    if (privateKey != null && !privateKey.isBlank()) {
      return privateKey;
    }
    if (privateKeyFile == null) {
      return null;
    }
    try {
      return Files.readString(privateKeyFile).strip();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read gvr.registry.ledger.private-key-file " + privateKeyFile, e);
    }
  }

  @Override
  public String toString() {
    return "LedgerProperties[mode=%s, rpcUrl=%s, privateKey=***, privateKeyFile=%s, contracts=%s]"
        .formatted(mode, rpcUrl, privateKeyFile, contracts);
  }
}
