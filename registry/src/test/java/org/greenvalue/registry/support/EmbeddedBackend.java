package org.greenvalue.registry.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;

/** The embedded PostgreSQL (zonky) and an anvil dev chain: the backend without Docker. */
final class EmbeddedBackend implements Backend {
  private final EmbeddedPostgres postgres;
  private final DevChain chain;

  private EmbeddedBackend(EmbeddedPostgres postgres, DevChain chain) {
    this.postgres = postgres;
    this.chain = chain;
  }

  static EmbeddedBackend start() {
    try {
      Path data = Files.createTempDirectory("registry-test-db");
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              // Backends stops it once the Spring contexts have closed; zonky's own hook would
              // stop it while they close.
              .setRegisterShutdownHook(false)
              .start();
      return new EmbeddedBackend(postgres, DevChain.start(DevChainOptions.defaults()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the embedded test backends", e);
    }
  }

  @Override
  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  @Override
  public String defaultDatabase() {
    return "postgres";
  }

  @Override
  public String username() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public URI rpcUrl() {
    return chain.rpcUrl();
  }

  @Override
  public String privateKey() {
    return Backends.deployerKey(chain);
  }

  @Override
  public String describe() {
    return "embedded PostgreSQL (port %d) + anvil (%s, chain id %d)"
        .formatted(postgres.getPort(), chain.rpcUrl(), chain.chainId());
  }

  @Override
  public void stop() {
    chain.close();
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
