package org.greenvalue.registry.support;

import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry as deployed in production mode: an external PostgreSQL and an external chain with
 * deployed contracts (here the shared {@link Backends}), reached through real HTTP with real
 * tokens. All subclasses share one application context.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RegistryIntegrationTest {
  /** A test-only master key (32 bytes, base64); never used outside the tests. */
  private static final String TEST_MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=";

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected Ledger ledger;

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    Backends backends = Backends.get();
    register(registry, backends.rpcUrl(), backends.privateKey(), backends.contracts());
  }

  /** Points the service at the shared database and at the given chain and contracts. */
  public static void register(
      DynamicPropertyRegistry registry, String rpcUrl, String key, ContractAddresses contracts) {
    register(registry, Backends.get().jdbcUrl(), rpcUrl, key, contracts);
  }

  /**
   * As {@link #register(DynamicPropertyRegistry, String, String, ContractAddresses)}, with its own
   * database.
   */
  public static void register(
      DynamicPropertyRegistry registry,
      String jdbcUrl,
      String rpcUrl,
      String key,
      ContractAddresses contracts) {
    registry.add("spring.datasource.url", () -> jdbcUrl);
    registry.add("spring.datasource.username", () -> Backends.get().username());
    registry.add("spring.datasource.password", () -> Backends.get().password());
    registry.add("gvr.registry.ledger.mode", () -> "external");
    registry.add("gvr.registry.ledger.rpc-url", () -> rpcUrl);
    registry.add("gvr.registry.ledger.private-key", () -> key);
    registry.add("gvr.registry.ledger.contracts.anchor-registry", contracts::anchorRegistry);
    registry.add("gvr.registry.ledger.contracts.trust-registry", contracts::trustRegistry);
    registry.add("gvr.registry.ledger.contracts.green-value-ledger", contracts::greenValueLedger);
    registry.add("gvr.keys.master-key", () -> TEST_MASTER_KEY);
  }

  protected Api api() {
    return new Api(port);
  }

  protected long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
