package org.greenvalue.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;

/**
 * The real PostgreSQL and chain the integration tests run against, started once per test JVM and
 * stopped when it exits. Without a reachable Docker engine (as on our build machines) these are the
 * embedded PostgreSQL and anvil; the Testcontainers backend (PostgreSQL and Besu images) is not
 * built yet, so they are used in either case, and the choice is printed.
 */
public final class Backends {
  private static Backends instance;

  private final EmbeddedPostgres postgres;
  private final DevChain chain;
  private final ContractAddresses contracts;

  private Backends(EmbeddedPostgres postgres, DevChain chain, ContractAddresses contracts) {
    this.postgres = postgres;
    this.chain = chain;
    this.contracts = contracts;
  }

  public static synchronized Backends get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static Backends start() {
    try {
      Path data = Files.createTempDirectory("registry-test-db");
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
      DevChain chain = DevChain.start(DevChainOptions.defaults());
      ContractAddresses contracts;
      try (Ledger deployer =
          Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), deployerKey(chain)))) {
        contracts = deployer.contracts();
      }
      System.out.printf(
          "registry test backends: %s: embedded PostgreSQL (port %d) + anvil (%s, chain id %d)%n",
          dockerReachable()
              ? "a Docker engine is reachable but the Testcontainers backend is not built yet"
              : "no Docker engine reachable",
          postgres.getPort(),
          chain.rpcUrl(),
          chain.chainId());
      Backends backends = new Backends(postgres, chain, contracts);
      Runtime.getRuntime().addShutdownHook(new Thread(backends::stop, "registry-test-backends"));
      return backends;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test backends", e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String rpcUrl() {
    return chain.rpcUrl().toString();
  }

  public static String deployerKey(DevChain chain) {
    return chain.accounts().get(0).privateKey();
  }

  public String privateKey() {
    return deployerKey(chain);
  }

  public ContractAddresses contracts() {
    return contracts;
  }

  private void stop() {
    chain.close();
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  static boolean dockerReachable() {
    return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
  }
}
