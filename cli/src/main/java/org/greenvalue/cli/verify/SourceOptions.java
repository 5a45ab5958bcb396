package org.greenvalue.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.anchor.RegistryReceiptSource;
import org.greenvalue.verification.chain.BundleCustodySource;
import org.greenvalue.verification.chain.RegistryCustodySource;
import org.greenvalue.verification.dids.RegistryKeyHistorySource;
import org.greenvalue.verification.lots.LedgerLotSource;
import org.greenvalue.verification.status.StatusListFetcher;
import org.greenvalue.verification.trust.RegistryTrustSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import picocli.CommandLine.Option;

/** Where {@code gvr verify} gets external facts: files offline, the registry and ledger online. */
final class SourceOptions {

  @Option(
      names = "--trust-list",
      description =
          "Offline trust: a TrustListCredential exported by the registry (GET /trust/list).")
  Path trustList;

  @Option(
      names = "--trust-list-issuer",
      description = "The DID that must have signed the trust list (the registry's).")
  String trustListIssuer;

  @Option(names = "--registry", description = "Online: the registry's base URL.")
  URI registry;

  @Option(names = "--client-id", description = "OAuth2 client of the registry (default: reader).")
  String clientId = "reader";

  @Option(
      names = "--client-secret",
      description = "Its secret (default: $GVR_CLIENT_SECRET, else <client-id>-secret).")
  String clientSecret;

  @Option(
      names = "--status-allow",
      description =
          "URL prefix status lists may be fetched from (repeatable; default with --registry:"
              + " <registry>/status-lists/).")
  List<String> statusAllow = new ArrayList<>();

  @Option(
      names = "--custody-bundle",
      description =
          "Offline custody chains of upstream allocations: {\"allocations\": {\"<uuid>\": <GET"
              + " /allocations/{id}/chain JSON>}} (default with --registry: the registry).")
  Path custodyBundle;

  @Option(
      names = "--registry-did",
      description =
          "The registry's DID, which signs transfer records (default: the trust list's issuer).")
  String registryDid;

  @Option(names = "--rpc", description = "Online: the ledger's JSON-RPC URL.")
  URI rpc;

  @Option(
      names = "--contracts",
      description = "With --rpc: ANCHOR_REGISTRY,TRUST_REGISTRY,GREEN_VALUE_LEDGER addresses.")
  String contracts;

  /** The sources, and the ledger to close afterwards, if one was opened. */
  record Opened(Sources sources, Optional<Ledger> ledger) {}

  Result<Opened> open(Clock clock) throws IOException {
    var dids = new DidKeyResolver();
    Sources sources = Sources.offline(dids);
    if (trustList != null) {
      if (!Files.isReadable(trustList)) {
        return Result.failure("cannot read " + trustList);
      }
      var snapshot =
          TrustListSnapshot.load(
              Files.readString(trustList),
              new CredentialVerifier(dids, clock),
              Optional.ofNullable(trustListIssuer));
      if (!snapshot.succeeded()) {
        return Result.failure("trust list " + trustList + ": " + snapshot.reason());
      }
      sources = sources.withTrust(snapshot.value()).withKeyHistory(snapshot.value());
    }
    if (custodyBundle != null) {
      var bundle = BundleCustodySource.load(custodyBundle);
      if (!bundle.succeeded()) {
        return Result.failure(bundle.reason());
      }
      sources = sources.withCustody(bundle.value());
    }
    if (registryDid != null) {
      sources = sources.withRegistryDid(registryDid);
    }
    List<String> allowed = new ArrayList<>(statusAllow);
    if (registry != null) {
      String secret =
          clientSecret != null
              ? clientSecret
              : Optional.ofNullable(System.getenv("GVR_CLIENT_SECRET"))
                  .orElse(clientId + "-secret");
      var client =
          new RegistryClient(RegistryClientConfig.reader(registry, clientId, secret), clock);
      if (trustList == null) {
        sources =
            sources
                .withTrust(new RegistryTrustSource(client))
                .withKeyHistory(
                    new RegistryKeyHistorySource(client, clock, java.time.Duration.ofMinutes(1)));
      }
      sources = sources.withReceipts(new RegistryReceiptSource(client));
      if (custodyBundle == null) {
        sources = sources.withCustody(new RegistryCustodySource(client));
      }
      if (allowed.isEmpty()) {
        allowed.add(registry.resolve("/status-lists/").toString());
      }
    }
    if (!allowed.isEmpty()) {
      sources =
          sources.withStatus(
              new StatusListFetcher(
                  new JdkHttpFetcher(),
                  allowed,
                  new CredentialVerifier(dids, clock),
                  clock,
                  Duration.ofMinutes(5)));
    }
    if (rpc == null) {
      return Result.success(new Opened(sources, Optional.empty()));
    }
    String[] addresses = contracts == null ? new String[0] : contracts.split(",");
    if (addresses.length != 3) {
      return Result.failure(
          "--rpc needs --contracts ANCHOR_REGISTRY,TRUST_REGISTRY,GREEN_VALUE_LEDGER");
    }
    byte[] throwaway = new byte[32];
    new SecureRandom().nextBytes(throwaway);
    throwaway[0] = (byte) (throwaway[0] & 0x7f);
    Ledger ledger =
        Web3jLedger.connect(
            LedgerConfig.of(rpc, HexFormat.of().formatHex(throwaway))
                .withContracts(
                    new ContractAddresses(
                        addresses[0].strip(), addresses[1].strip(), addresses[2].strip())));
    sources =
        sources.withChain(new AnchorRecords(ledger)).withLots(new LedgerLotSource(ledger.lots()));
    return Result.success(new Opened(sources, Optional.of(ledger)));
  }
}
