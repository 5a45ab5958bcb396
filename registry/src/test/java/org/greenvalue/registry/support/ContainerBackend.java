package org.greenvalue.registry.support;

import java.net.URI;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL and a Besu dev node in containers: the backend where a Docker engine is reachable.
 * Besu runs its {@code dev} network (instant blocks, pre-funded well-known dev accounts) with a
 * zero minimum gas price, like the free-gas QBFT network of production.
 */
final class ContainerBackend implements Backend {
  static final String POSTGRES_IMAGE = "postgres:16-alpine";
  static final String BESU_IMAGE = "hyperledger/besu:25.10.0";

  /** Besu's dev network account {@code 0xfe3b557e8fb62b89f4916b721be55ceb828dbd73}: public. */
  static final String BESU_DEV_KEY =
      "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

  private static final int RPC_PORT = 8545;

  private final PostgreSQLContainer<?> postgres;
  private final GenericContainer<?> besu;

  private ContainerBackend(PostgreSQLContainer<?> postgres, GenericContainer<?> besu) {
    this.postgres = postgres;
    this.besu = besu;
  }

  @SuppressWarnings("resource") // stopped by stop(), from the JVM's shutdown hook
  static ContainerBackend start() {
    PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>(POSTGRES_IMAGE);
    GenericContainer<?> besu =
        new GenericContainer<>(DockerImageName.parse(BESU_IMAGE))
            .withCommand(
                "--network=dev",
                "--miner-enabled",
                "--miner-coinbase=0xfe3b557e8fb62b89f4916b721be55ceb828dbd73",
                "--min-gas-price=0",
                "--rpc-http-enabled",
                "--rpc-http-host=0.0.0.0",
                "--rpc-http-api=ETH,NET,WEB3,TXPOOL",
                "--host-allowlist=*",
                "--rpc-http-cors-origins=all")
            .withExposedPorts(RPC_PORT)
            .waitingFor(Wait.forHttp("/liveness").forPort(RPC_PORT))
            .withStartupTimeout(Duration.ofMinutes(3));
    postgres.start();
    besu.start();
    return new ContainerBackend(postgres, besu);
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://%s:%d/%s"
        .formatted(
            postgres.getHost(),
            postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
            database);
  }

  @Override
  public String defaultDatabase() {
    return postgres.getDatabaseName();
  }

  @Override
  public String username() {
    return postgres.getUsername();
  }

  @Override
  public String password() {
    return postgres.getPassword();
  }

  @Override
  public URI rpcUrl() {
    return URI.create("http://%s:%d".formatted(besu.getHost(), besu.getMappedPort(RPC_PORT)));
  }

  @Override
  public String privateKey() {
    return BESU_DEV_KEY;
  }

  @Override
  public String describe() {
    return "Testcontainers %s (%s) + %s (%s)"
        .formatted(POSTGRES_IMAGE, jdbcUrl(defaultDatabase()), BESU_IMAGE, rpcUrl());
  }

  @Override
  public void stop() {
    besu.stop();
    postgres.stop();
  }
}
