package org.greenvalue.registry.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;

/**
 * The real PostgreSQL and chain the integration tests run against, started once per test JVM and
 * stopped when it exits, after the Spring contexts that use them have closed. With a reachable
 * Docker engine they are Testcontainers (PostgreSQL and a Besu dev node, {@link ContainerBackend});
 * without one (as on our build machines) the embedded PostgreSQL and anvil ({@link
 * EmbeddedBackend}). The choice, and why, is printed.
 */
public final class Backends {
  /** The name Spring Boot gives its JVM shutdown hook, which closes the application contexts. */
  private static final String SPRING_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";

  private static Backends instance;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Backend backend;
  private final ContractAddresses contracts;

  private Backends(Backend backend, ContractAddresses contracts) {
    this.backend = backend;
    this.contracts = contracts;
  }

  /** The database, chain and contracts of this test JVM. */
  public static synchronized Backends get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static Backends start() {
    DockerCheck docker = DockerCheck.run();
    Backend backend = docker.reachable() ? ContainerBackend.start() : EmbeddedBackend.start();
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(backend.rpcUrl(), backend.privateKey()))) {
      contracts = deployer.contracts();
    }
    System.out.printf("registry test backends: %s: %s%n", docker.reason(), backend.describe());
    Backends backends = new Backends(backend, contracts);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  afterSpringContextsClose();
                  backend.stop();
                },
                "registry-test-backends"));
    return backends;
  }

  /**
   * Waits for Spring Boot's shutdown hook, when one runs, to close the cached test contexts.
   * Stopped beside it, the database would leave each closing context waiting for its scheduled
   * tasks, each blocked for a connection until the pool's timeout, and surefire kills the JVM 30 s
   * after exit. A JVM whose tests start no Spring application (only context runners) has no such
   * hook: after a second's look for it, the backends stop at once.
   */
  private static void afterSpringContextsClose() {
    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        for (Thread hook : Thread.getAllStackTraces().keySet()) {
          if (hook.getName().equals(SPRING_SHUTDOWN_HOOK) && hook != Thread.currentThread()) {
            hook.join(Duration.ofMinutes(2));
            return;
          }
        }
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The shared database. */
  public String jdbcUrl() {
    return backend.jdbcUrl(backend.defaultDatabase());
  }

  /**
   * A fresh, empty database on the same server, for a test that runs its own registry beside the
   * shared one (e.g. on its own chain) and must not share the anchoring outbox with it.
   */
  public String newDatabase(String prefix) {
    String name = prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c =
            DriverManager.getConnection(jdbcUrl(), backend.username(), backend.password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return backend.jdbcUrl(name);
  }

  public String username() {
    return backend.username();
  }

  public String password() {
    return backend.password();
  }

  public String rpcUrl() {
    return backend.rpcUrl().toString();
  }

  public static String deployerKey(DevChain chain) {
    return chain.accounts().get(0).privateKey();
  }

  public String privateKey() {
    return backend.privateKey();
  }

  public ContractAddresses contracts() {
    return contracts;
  }

  static boolean dockerSocketPresent() {
    return System.getenv("DOCKER_HOST") != null
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
  }
}
