package org.greenvalue.verifier.system;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.DidResolvers;
import org.greenvalue.credentials.did.DidWebConfig;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.anchor.RegistryReceiptSource;
import org.greenvalue.verification.chain.RegistryCustodySource;
import org.greenvalue.verification.dids.RegistryKeyHistorySource;
import org.greenvalue.verification.lots.LedgerLotSource;
import org.greenvalue.verification.status.StatusListFetcher;
import org.greenvalue.verification.trust.RegistryTrustSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the one verification engine to the configured sources. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

  @Bean
  DidResolver didResolver(VerifierProperties properties, Clock clock) {
    return DidResolvers.keyAndWeb(
        DidWebConfig.httpsTo(new HashSet<>(properties.didWebHosts()))
            .over(properties.didWebTransport()),
        new JdkHttpFetcher(),
        clock);
  }

  /** The ledger, when an RPC URL is configured; read-only use, from a throwaway account. */
  @Bean(destroyMethod = "close")
  ChainConnection chainConnection(VerifierProperties properties) {
    var config = properties.ledger();
    if (config.rpcUrl() == null) {
      return new ChainConnection(Optional.empty());
    }
    String[] addresses = config.contracts() == null ? new String[0] : config.contracts().split(",");
    if (addresses.length != 3) {
      throw new IllegalStateException(
          "gvr.verifier.ledger.contracts must be ANCHOR_REGISTRY,TRUST_REGISTRY,GREEN_VALUE_LEDGER");
    }
    byte[] throwaway = new byte[32];
    new SecureRandom().nextBytes(throwaway);
    throwaway[0] &= 0x7f;
    return new ChainConnection(
        Optional.of(
            Web3jLedger.connect(
                LedgerConfig.of(config.rpcUrl(), HexFormat.of().formatHex(throwaway))
                    .withContracts(
                        new ContractAddresses(
                            addresses[0].strip(), addresses[1].strip(), addresses[2].strip())))));
  }

  /** The ledger connection, if any, closed with the context. */
  record ChainConnection(Optional<Ledger> ledger) implements AutoCloseable {
    @Override
    public void close() {
      ledger.ifPresent(Ledger::close);
    }
  }

  @Bean
  Sources sources(
      VerifierProperties properties, DidResolver dids, Clock clock, ChainConnection connection)
      throws IOException {
    Sources sources = Sources.offline(dids);
    var credentials = new CredentialVerifier(dids, clock);
    if (properties.trustListFile() != null) {
      var snapshot =
          TrustListSnapshot.load(
                  Files.readString(properties.trustListFile()),
                  credentials,
                  Optional.ofNullable(properties.trustListIssuer()))
              .orElseThrow(
                  reason -> new IllegalStateException("gvr.verifier.trust-list-file: " + reason));
      sources = sources.withTrust(snapshot).withKeyHistory(snapshot);
    }
    if (properties.registryDid() != null && !properties.registryDid().isBlank()) {
      sources = sources.withRegistryDid(properties.registryDid());
    }
    List<String> prefixes = new ArrayList<>(properties.statusListPrefixes());
    var registry = properties.registry();
    if (registry.url() != null) {
      var client =
          new RegistryClient(
              RegistryClientConfig.reader(
                  registry.url(), registry.clientId(), registry.clientSecret()),
              clock);
      if (properties.trustListFile() == null) {
        sources =
            sources
                .withTrust(new RegistryTrustSource(client))
                .withKeyHistory(new RegistryKeyHistorySource(client, clock, Duration.ofMinutes(1)));
      }
      sources =
          sources
              .withReceipts(new RegistryReceiptSource(client))
              .withCustody(new RegistryCustodySource(client));
      if (prefixes.isEmpty()) {
        prefixes.add(registry.url().resolve("/status-lists/").toString());
      }
    }
    if (!prefixes.isEmpty()) {
      sources =
          sources.withStatus(
              new StatusListFetcher(
                  new JdkHttpFetcher(), prefixes, credentials, clock, Duration.ofMinutes(5)));
    }
    Optional<Ledger> chain = connection.ledger();
    if (chain.isPresent()) {
      sources =
          sources
              .withChain(new AnchorRecords(chain.get()))
              .withLots(new LedgerLotSource(chain.get().lots()));
    }
    LOG.info(
        "verification sources: trust={}, status={}, receipts={}, chain={}, lots={}, custody={},"
            + " transfer records by={}",
        sources.trust().map(t -> t.describe()).orElse("none"),
        prefixes.isEmpty() ? "none" : prefixes,
        sources.receipts().map(r -> r.describe()).orElse("none"),
        sources.chain().map(c -> c.describe()).orElse("none"),
        sources.lots().map(l -> l.describe()).orElse("none"),
        sources.custody().map(c -> c.describe()).orElse("none"),
        sources.transferRecordIssuer().orElse("unknown"));
    return sources;
  }

  @Bean
  VerificationEngine verificationEngine(Sources sources, Clock clock) {
    return new VerificationEngine(sources, clock);
  }
}
