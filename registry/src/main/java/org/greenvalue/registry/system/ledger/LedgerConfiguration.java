package org.greenvalue.registry.system.ledger;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.AnvilLocator;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link org.greenvalue.ledger.Ledger}: a dev chain started here with fresh contracts, or an
 * external node.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {
  private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "gvr.registry.ledger.mode",
      havingValue = "dev",
      matchIfMissing = true)
  DevChain devChain(LedgerProperties properties) throws IOException {
    Path anvil = Optional.ofNullable(properties.anvil()).orElseGet(LedgerConfiguration::findAnvil);
    DevChain chain =
        DevChain.start(
            new DevChainOptions(
                anvil,
                DevChainOptions.DEV_MNEMONIC,
                10,
                31337,
                false,
                true,
                Duration.ofSeconds(30)));
    log.info("dev chain (anvil) at {}, chain id {}", chain.rpcUrl(), chain.chainId());
    return chain;
  }

  @Bean
  ChainTransactions chainTransactions(
      LedgerProperties properties, ObjectProvider<DevChain> devChain) {
    DevChain chain = devChain.getIfAvailable();
    return new ChainTransactions(chain != null ? chain.rpcUrl() : properties.rpcUrl());
  }

  /**
   * The ledger, connected now if the chain and its contracts are there, otherwise degraded until
   * they are. Missing configuration (no RPC URL, key or contract addresses in external mode) is
   * refused at startup instead: waiting would not mend it.
   */
  @Bean(destroyMethod = "close")
  ReconnectingLedger ledger(
      LedgerProperties properties,
      ObjectProvider<DevChain> devChain,
      ChainTransactions transactions,
      ObjectProvider<Clock> clock) {
    DevChain chain = devChain.getIfAvailable();
    LedgerConfig config =
        (chain != null
                ? LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey())
                : externalConfig(properties))
            .withReceiptTimeout(properties.receiptTimeout());
    ReconnectingLedger ledger =
        new ReconnectingLedger(
            () -> Web3jLedger.connect(config),
            transactions,
            properties.reconnectInterval(),
            clock.getIfAvailable(Clock::systemUTC));
    if (ledger.check() instanceof ReconnectingLedger.State.Up up) {
      log.info("ledger account {}", up.ledger().account());
    }
    return ledger;
  }

  private static LedgerConfig externalConfig(LedgerProperties properties) {
    URI rpcUrl = properties.rpcUrl();
    String key = properties.signingKey();
    if (rpcUrl == null || key == null || key.isBlank()) {
      throw new IllegalStateException(
          "gvr.registry.ledger.mode=external needs gvr.registry.ledger.rpc-url and private-key"
              + " (or private-key-file)");
    }
    LedgerProperties.Contracts c = properties.contracts();
    List<String> missing = c.missing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "gvr.registry.ledger.mode=external needs the deployed contracts' addresses; missing "
              + String.join(", ", missing)
              + ". The registry never deploys contracts to an external chain: deploy them once"
              + " with contracts/contracts-deploy.sh and pass the addresses it writes"
              + " (network/contracts.env)");
    }
    return LedgerConfig.of(rpcUrl, key)
        .withContracts(
            new ContractAddresses(c.anchorRegistry(), c.trustRegistry(), c.greenValueLedger()));
  }

  private static Path findAnvil() {
    Path sibling = Path.of("..", "contracts", "node_modules", ".bin", "anvil").toAbsolutePath();
    if (Files.isExecutable(sibling)) {
      return sibling.normalize();
    }
    return AnvilLocator.find();
  }
}
