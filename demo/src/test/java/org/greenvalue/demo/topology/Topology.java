package org.greenvalue.demo.topology;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.greenvalue.demo.stack.ServiceLaunch;
import org.greenvalue.demo.stack.ServiceProcess;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;
import org.greenvalue.ledger.tools.ContractsDeployCommand;
import picocli.CommandLine;

/**
 * The production topology on one machine, without Docker: Debian's PostgreSQL with one database and
 * two roles per service (made by the deployment's own init script), anvil mining a block a second
 * for the Besu network, the contracts deployed by the explicit deploy command, and two instances of
 * each service from its jar in the production profile (no {@code dev}: clients and secrets of the
 * deployment's own, from a config tree), each over TLS and behind a load balancer that is its
 * public URL. Closing it stops everything it started.
 */
final class Topology implements AutoCloseable {
  static final List<String> SERVICES = List.of("registry", "issuer", "verifier");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** The clients each service knows, with their scopes, as docker-compose.yml lists them. */
  static final Map<String, List<Client>> CLIENTS =
      Map.of(
          "registry",
          List.of(
              new Client("authority", "trust.authority,registry.read"),
              new Client("issuer", "registry.write,registry.read"),
              new Client("verifier", "registry.read")),
          "issuer",
          List.of(
              new Client("admin", "issuer.admin,issuer.read"),
              new Client("supplier", "issuer.supplier,issuer.read"),
              new Client("pact-client", "pact.read")),
          "verifier",
          List.of(new Client("admin", "verifier.verify,verifier.policy.admin")));

  record Client(String id, String scopes) {}

  /** A service's instances and the balancer in front of them (its public URL). */
  record Tier(String name, List<ServiceProcess> instances, LoadBalancer balancer) {
    URI publicUrl() {
      return URI.create("https://localhost:" + balancer.port());
    }
  }

  private final Path dir;
  private final Path root;
  private final Secrets secrets = new Secrets();
  private final List<AutoCloseable> started = new ArrayList<>();
  private final Map<String, Tier> tiers = new LinkedHashMap<>();
  private final Map<String, List<Integer>> instancePorts = new HashMap<>();
  private final Map<String, Integer> balancerPorts = new HashMap<>();
  private PostgresCluster database;
  private DevChain chain;
  private Map<String, String> contractsEnv;
  private TestCa ca;
  private HttpClient http;
  private String registryDid;

  private Topology(Path dir, Path root) {
    this.dir = dir;
    this.root = root;
  }

  static Topology start(Path dir, Path root, Path postgresBin, Consumer<String> progress)
      throws IOException {
    Topology topology = new Topology(dir, root);
    try {
      topology.startAll(postgresBin, progress);
    } catch (IOException | RuntimeException e) {
      topology.close();
      throw e;
    }
    return topology;
  }

  private void startAll(Path postgresBin, Consumer<String> progress) throws IOException {
    for (String service : SERVICES) {
      instancePorts.put(service, List.of(freePort(), freePort()));
      balancerPorts.put(service, freePort());
    }
    progress.accept("PostgreSQL from " + postgresBin + ", fsync on");
    database = PostgresCluster.start(postgresBin, dir.resolve("postgres"), freePort());
    started.add(database);
    Path dbSecrets = dir.resolve("postgres-secrets");
    List<String> names = new ArrayList<>();
    for (String service : SERVICES) {
      names.add(service + "-db-password");
      names.add(service + "-app-db-password");
    }
    secrets.writeFiles(dbSecrets, names.toArray(String[]::new));
    database.runInitScript(root.resolve("deploy/postgres/init-databases.sh"), dbSecrets);

    progress.accept("anvil, a block a second");
    chain = DevChain.start(DevChainOptions.defaults().withBlockTime(Duration.ofSeconds(1)));
    started.add(chain);
    contractsEnv = deployContracts();
    progress.accept("contracts deployed: " + contractsEnv);

    ca = TestCa.create(dir.resolve("tls"), secrets.get("tls-store-password"));
    http = ca.client();

    for (String service : SERVICES) {
      List<ServiceProcess> instances = new ArrayList<>();
      LoadBalancer balancer =
          LoadBalancer.start(balancerPorts.get(service), instancePorts.get(service));
      started.add(balancer);
      Tier tier = new Tier(service, instances, balancer);
      tiers.put(service, tier);
      for (int i = 0; i < 2; i++) {
        progress.accept("starting " + service + "-" + (i + 1));
        ServiceProcess instance = ServiceProcess.start(launch(service, i), http);
        started.add(instance);
        instances.add(instance);
      }
      if (service.equals("registry")) {
        registryDid = new Api(http).registryDid(tier.publicUrl());
      }
    }
  }

  /** {@code contracts/contracts-deploy.sh}'s command, run here: its env file, read back. */
  private Map<String, String> deployContracts() throws IOException {
    Path keyFile = dir.resolve("ledger-key");
    Files.writeString(keyFile, chain.accounts().get(0).privateKey());
    Path env = dir.resolve("contracts.env");
    int exit =
        new CommandLine(new ContractsDeployCommand())
            .execute(
                "--rpc-url",
                chain.rpcUrl().toString(),
                "--key-file",
                keyFile.toString(),
                "--out",
                env.toString());
    if (exit != 0) {
      throw new IOException("contracts-deploy exited with " + exit);
    }
    Properties read = new Properties();
    read.load(new StringReader(Files.readString(env)));
    Map<String, String> variables = new LinkedHashMap<>();
    read.stringPropertyNames().forEach(name -> variables.put(name, read.getProperty(name)));
    return variables;
  }

  private ServiceLaunch launch(String service, int instance) throws IOException {
    int port = instancePorts.get(service).get(instance);
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> tree = new LinkedHashMap<>();
    Path configTree = dir.resolve("config").resolve(service + "-" + (instance + 1));
    env.put("SPRING_CONFIG_IMPORT", "configtree:" + configTree + "/");
    env.put("SERVER_PORT", String.valueOf(port));
    env.put("SERVER_SSL_KEY_STORE", ca.serverKeyStore().toString());
    env.put("SERVER_SSL_KEY_STORE_TYPE", "PKCS12");
    env.put("SERVER_SSL_KEY_ALIAS", "server");
    tree.put("server.ssl.key-store-password", ca.password());
    env.put("SPRING_DATASOURCE_URL", database.jdbcUrl(service));
    env.put("SPRING_DATASOURCE_USERNAME", service + "_app");
    env.put("SPRING_FLYWAY_USER", service);
    tree.put("spring.datasource.password", secrets.get(service + "-app-db-password"));
    tree.put("spring.flyway.password", secrets.get(service + "-db-password"));
    tree.put("gvr.keys.master-key", secrets.get(service + "-master-key"));
    tree.put("gvr.auth.embedded.signing-key", secrets.signingKey(service));
    List<Client> clients = CLIENTS.get(service);
    // A list binds from one property source only (Spring Boot's first source wins): each
    // client's id and scopes go into the config tree with its secret.
    for (int i = 0; i < clients.size(); i++) {
      tree.put("gvr.auth.embedded.clients[" + i + "].id", clients.get(i).id());
      tree.put("gvr.auth.embedded.clients[" + i + "].scopes", clients.get(i).scopes());
      tree.put(
          "gvr.auth.embedded.clients[" + i + "].secret",
          clientSecret(service, clients.get(i).id()));
    }
    String registryUrl = publicUrl("registry").toString();
    String issuerHost = "localhost:" + balancerPorts.get("issuer");
    switch (service) {
      case "registry" -> {
        env.putAll(contractsEnv);
        env.put("GVR_REGISTRY_LEDGER_MODE", "external");
        env.put("GVR_REGISTRY_LEDGER_RPC_URL", chain.rpcUrl().toString());
        tree.put("gvr.registry.ledger.private-key", chain.accounts().get(0).privateKey());
        env.put("GVR_REGISTRY_STATUS_LISTS_PUBLIC_BASE_URL", registryUrl);
        env.put("GVR_REGISTRY_EXPLORER_VERIFIER_URL", publicUrl("verifier").toString());
        env.put("GVR_REGISTRY_GREEN_VALUE_DID_WEB_HOSTS", issuerHost);
      }
      case "issuer" -> {
        env.put("GVR_ISSUER_PUBLIC_URL", publicUrl("issuer").toString());
        env.put("GVR_ISSUER_DID_WEB_HOST", issuerHost.replace(":", "%3A"));
        env.put("GVR_ISSUER_PACT_EVENT_SOURCE", "//" + issuerHost + "/3/events");
        // one packs volume, shared by both instances
        env.put("GVR_ISSUER_PACKS_DIR", dir.resolve("issuer-packs").toString());
        env.put("GVR_ISSUER_REGISTRY_URL", registryUrl);
        env.put("GVR_ISSUER_REGISTRY_CLIENT_ID", "issuer");
        tree.put("gvr.issuer.registry.client-secret", clientSecret("registry", "issuer"));
      }
      case "verifier" -> {
        env.putAll(contractsEnv);
        env.put("GVR_VERIFIER_REGISTRY_URL", registryUrl);
        env.put("GVR_VERIFIER_REGISTRY_CLIENT_ID", "verifier");
        tree.put("gvr.verifier.registry.client-secret", clientSecret("registry", "verifier"));
        env.put("GVR_VERIFIER_REGISTRY_DID", registryDid);
        env.put("GVR_VERIFIER_STATUS_LIST_PREFIXES", registryUrl + "/status-lists/");
        env.put("GVR_VERIFIER_DID_WEB_HOSTS", issuerHost);
        env.put("GVR_VERIFIER_PACT_HOSTS", publicUrl("issuer").toString());
        env.put("GVR_VERIFIER_LEDGER_RPC_URL", chain.rpcUrl().toString());
      }
      default -> throw new IllegalArgumentException(service);
    }
    Secrets.writeConfigTree(configTree, tree);
    List<String> jvm = new ArrayList<>(ca.trustOptions());
    jvm.add("-Xmx384m");
    return new ServiceLaunch(
        service + "-" + (instance + 1),
        root.resolve(service).resolve("target").resolve(service + "-exec.jar"),
        URI.create("https://localhost:" + port),
        jvm,
        List.of(),
        env,
        dir.resolve("logs"),
        START_TIMEOUT);
  }

  String clientSecret(String service, String client) {
    return secrets.get(service + "-" + client + "-secret");
  }

  URI publicUrl(String service) {
    return URI.create("https://localhost:" + balancerPorts.get(service));
  }

  Tier tier(String service) {
    return tiers.get(service);
  }

  HttpClient http() {
    return http;
  }

  PostgresCluster database() {
    return database;
  }

  DevChain chain() {
    return chain;
  }

  Map<String, String> contracts() {
    return contractsEnv;
  }

  String registryDid() {
    return registryDid;
  }

  Path logs() {
    return dir.resolve("logs");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println("stopping " + started.get(i) + ": " + e.getMessage());
      }
    }
  }
}
