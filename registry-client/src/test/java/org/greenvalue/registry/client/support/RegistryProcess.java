package org.greenvalue.registry.client.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;

/**
 * The real registry for tests of its clients: its exec jar ({@code gvr.registry.jar}, built by the
 * reactor first) run as a separate process in production mode against an embedded PostgreSQL and an
 * anvil chain with the contracts deployed. Started once per test JVM, stopped when it exits; the
 * choice of backends is printed. Tokens come from its demo clients.
 */
public final class RegistryProcess {
  /** A test-only master key (32 bytes, base64); never used outside the tests. */
  private static final String TEST_MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=";

  private static RegistryProcess instance;

  private final EmbeddedPostgres postgres;
  private final DevChain chain;
  private final Process process;
  private final URI baseUrl;

  private RegistryProcess(EmbeddedPostgres postgres, DevChain chain, Process process, URI url) {
    this.postgres = postgres;
    this.chain = chain;
    this.process = process;
    this.baseUrl = url;
  }

  public static synchronized RegistryProcess get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Tokens and writes as the registry's demo clients. */
  public RegistryAdmin admin() {
    return new RegistryAdmin(baseUrl);
  }

  private static RegistryProcess start() {
    try {
      Path jar =
          Path.of(System.getProperty("gvr.registry.jar", "../registry/target/registry-exec.jar"))
              .toAbsolutePath()
              .normalize();
      RegistryJar.ensureFresh(jar);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(Files.createTempDirectory("registry-client-test-db"))
              .setCleanDataDirectory(true)
              .start();
      DevChain chain = DevChain.start(DevChainOptions.defaults());
      String key = chain.accounts().get(0).privateKey();
      ContractAddresses contracts;
      try (Ledger deployer = Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), key))) {
        contracts = deployer.contracts();
      }
      int port = freePort();
      Path log = Files.createTempFile("registry-process", ".log");
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.add("-Xmx384m");
      command.add("-jar");
      command.add(jar.toAbsolutePath().toString());
      command.add("--server.port=" + port);
      command.add("--spring.profiles.active=dev");
      command.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
      command.add("--spring.datasource.username=postgres");
      command.add("--gvr.registry.ledger.mode=external");
      command.add("--gvr.registry.ledger.rpc-url=" + chain.rpcUrl());
      command.add("--gvr.registry.ledger.private-key=" + key);
      command.add("--gvr.registry.ledger.contracts.anchor-registry=" + contracts.anchorRegistry());
      command.add("--gvr.registry.ledger.contracts.trust-registry=" + contracts.trustRegistry());
      command.add(
          "--gvr.registry.ledger.contracts.green-value-ledger=" + contracts.greenValueLedger());
      command.add("--gvr.keys.master-key=" + TEST_MASTER_KEY);
      command.add("--logging.structured.format.console=");
      command.add("--logging.level.root=WARN");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URI url = URI.create("http://localhost:" + port);
      RegistryProcess registry = new RegistryProcess(postgres, chain, process, url);
      Runtime.getRuntime().addShutdownHook(new Thread(registry::stop, "registry-process"));
      registry.awaitHealthy(log);
      System.out.printf(
          "registry test fixture: %s: registry %s (exec jar as a process, log %s) on embedded"
              + " PostgreSQL (port %d) + anvil (%s, chain id %d)%n",
          dockerReachable()
              ? "a Docker engine is reachable but the Testcontainers backend is not built yet"
              : "no Docker engine reachable",
          url,
          log,
          postgres.getPort(),
          chain.rpcUrl(),
          chain.chainId());
      return registry;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the registry fixture", e);
    }
  }

  private void awaitHealthy(Path log) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the registry exited: " + Files.readString(log));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(baseUrl.resolve("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "the registry did not become healthy: " + Files.readString(log));
  }

  private void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    chain.close();
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static boolean dockerReachable() {
    return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
  }
}
