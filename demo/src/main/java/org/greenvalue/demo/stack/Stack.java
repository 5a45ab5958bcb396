package org.greenvalue.demo.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;

/**
 * The whole system on one machine: a dev chain with the contracts deployed, then the registry,
 * issuer and verifier, each its own JVM with its own embedded PostgreSQL under {@code dataDir}.
 * Closing it stops everything it started, newest first.
 */
public final class Stack implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final StackOptions options;
  private final DevChain chain;
  private final ContractAddresses contracts;
  private final List<ServiceProcess> services = new ArrayList<>();

  private Stack(StackOptions options, DevChain chain, ContractAddresses contracts) {
    this.options = options;
    this.chain = chain;
    this.contracts = contracts;
  }

  /** Starts the chain and the three services, reporting each step to {@code progress}. */
  public static Stack start(StackOptions options, Consumer<String> progress) throws IOException {
    progress.accept("starting the dev chain (anvil)");
    DevChain chain = DevChain.start(DevChainOptions.defaults());
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), operatorKey(chain)))) {
      contracts = deployer.contracts();
    } catch (RuntimeException e) {
      chain.close();
      throw e;
    }
    progress.accept(
        "dev chain %s (chain id %d); contracts deployed: AnchorRegistry %s, TrustRegistry %s,"
                .formatted(
                    chain.rpcUrl(),
                    chain.chainId(),
                    contracts.anchorRegistry(),
                    contracts.trustRegistry())
            + " GreenValueLedger "
            + contracts.greenValueLedger());
    Stack stack = new Stack(options, chain, contracts);
    try {
      stack.startServices(progress);
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw e;
    }
    return stack;
  }

  private static String operatorKey(DevChain chain) {
    return chain.accounts().get(0).privateKey();
  }

  /** did:web over plain HTTP, to loopback hosts only: the demo's issuer has no TLS. */
  private static final String LOOPBACK_DID_WEB = "LOOPBACK_HTTP_FOR_TESTS";

  /** Where the issuer serves its organisations' did:web documents. */
  private String issuerHost() {
    return "localhost:" + options.issuerPort();
  }

  private void startServices(Consumer<String> progress) throws IOException {
    progress.accept("starting the registry on port " + options.registryPort());
    services.add(
        ServiceProcess.start(
            "registry",
            options.jar("registry"),
            options.registryPort(),
            List.of(
                "--gvr.database.data-dir=" + options.dataDir().resolve("registry-db"),
                "--gvr.keys.master-key-file=" + options.dataDir().resolve("registry-master.key"),
                "--gvr.registry.ledger.mode=external",
                "--gvr.registry.ledger.rpc-url=" + chain.rpcUrl(),
                "--gvr.registry.ledger.private-key=" + operatorKey(chain),
                "--gvr.registry.ledger.contracts.anchor-registry=" + contracts.anchorRegistry(),
                "--gvr.registry.ledger.contracts.trust-registry=" + contracts.trustRegistry(),
                "--gvr.registry.ledger.contracts.green-value-ledger="
                    + contracts.greenValueLedger(),
                // the organisations' did:web documents are served by the issuer, over loopback
                "--gvr.registry.green-value.did-web-hosts=" + issuerHost(),
                "--gvr.registry.green-value.did-web-transport=" + LOOPBACK_DID_WEB),
            options.dataDir().resolve("logs"),
            START_TIMEOUT));
    URI registry = service("registry").baseUrl();
    String registryDid = RegistryDid.of(registry);
    progress.accept("the registry signs as " + registryDid);
    progress.accept("starting the issuer on port " + options.issuerPort());
    services.add(
        ServiceProcess.start(
            "issuer",
            options.jar("issuer"),
            options.issuerPort(),
            List.of(
                "--gvr.database.data-dir=" + options.dataDir().resolve("issuer-db"),
                "--gvr.keys.master-key-file=" + options.dataDir().resolve("issuer-master.key"),
                "--gvr.issuer.packs.dir=" + options.dataDir().resolve("issuer-packs"),
                "--gvr.issuer.registry.url=" + registry),
            options.dataDir().resolve("logs"),
            START_TIMEOUT));
    URI issuer = service("issuer").baseUrl();
    progress.accept("starting the verifier on port " + options.verifierPort());
    services.add(
        ServiceProcess.start(
            "verifier",
            options.jar("verifier"),
            options.verifierPort(),
            List.of(
                "--gvr.database.data-dir=" + options.dataDir().resolve("verifier-db"),
                "--gvr.keys.master-key-file=" + options.dataDir().resolve("verifier-master.key"),
                "--gvr.verifier.registry.url=" + registry,
                // custody transfer records are signed by the registry: pin its DID
                "--gvr.verifier.registry-did=" + registryDid,
                "--gvr.verifier.ledger.rpc-url=" + chain.rpcUrl(),
                "--gvr.verifier.ledger.contracts="
                    + String.join(
                        ",",
                        contracts.anchorRegistry(),
                        contracts.trustRegistry(),
                        contracts.greenValueLedger()),
                "--gvr.verifier.pact-hosts=" + issuer,
                "--gvr.verifier.did-web-hosts=" + issuerHost(),
                "--gvr.verifier.did-web-transport=" + LOOPBACK_DID_WEB),
            options.dataDir().resolve("logs"),
            START_TIMEOUT));
  }

  public URI rpcUrl() {
    return chain.rpcUrl();
  }

  public long chainId() {
    return chain.chainId();
  }

  public ContractAddresses contracts() {
    return contracts;
  }

  public List<ServiceProcess> services() {
    return List.copyOf(services);
  }

  public ServiceProcess service(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name));
  }

  public Path dataDir() {
    return options.dataDir();
  }

  @Override
  public void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
    chain.close();
  }
}
