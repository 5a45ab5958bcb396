package org.greenvalue.ledger.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One dev chain per test JVM, fresh contracts per test class. Says which backend it chose: anvil
 * (npm {@code @foundry-rs/anvil}) always for now; a Besu container will be chosen when a Docker
 * engine is reachable once that backend exists.
 */
public final class DevChainExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(DevChainExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    DevChain chain =
        context
            .getRoot()
            .getStore(NS)
            .getOrComputeIfAbsent("chain", key -> startChain(), ChainResource.class)
            .chain();
    context.getStore(NS).put("fixture", new LedgerFixture(chain));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LedgerFixture fixture = context.getStore(NS).remove("fixture", LedgerFixture.class);
    if (fixture != null) {
      fixture.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LedgerFixture.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NS).get("fixture", LedgerFixture.class);
  }

  private static ChainResource startChain() {
    try {
      DevChain chain = DevChain.start();
      System.out.printf(
          "ledger backend: anvil (%s) at %s, chain id %d; %s%n",
          DevChainOptions.defaults().anvil(),
          chain.rpcUrl(),
          chain.chainId(),
          dockerReachable()
              ? "a Docker engine is reachable, but the Besu container backend is not built yet"
              : "no Docker engine reachable");
      return new ChainResource(chain);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the dev chain", e);
    }
  }

  static boolean dockerReachable() {
    return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
  }

  /** Stops the chain when the root context closes (end of the test run). */
  private record ChainResource(DevChain chain)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      chain.close();
    }
  }
}
