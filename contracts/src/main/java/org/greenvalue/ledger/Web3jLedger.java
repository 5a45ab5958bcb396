package org.greenvalue.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.greenvalue.ledger.anchor.AnchorError;
import org.greenvalue.ledger.anchor.Anchors;
import org.greenvalue.ledger.anchor.Web3jAnchors;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.greenvalue.LotError;
import org.greenvalue.ledger.greenvalue.Web3jGreenValueLots;
import org.greenvalue.ledger.trust.Accreditations;
import org.greenvalue.ledger.trust.TrustError;
import org.greenvalue.ledger.trust.Web3jAccreditations;
import org.greenvalue.ledger.tx.ChainAccess;
import org.greenvalue.ledger.tx.ErrorSignature;
import org.greenvalue.ledger.tx.FeeOracle;
import org.greenvalue.ledger.tx.ReceiptPoller;
import org.greenvalue.ledger.tx.RevertDecoder;
import org.greenvalue.ledger.tx.Rpc;
import org.greenvalue.ledger.tx.Sleeper;
import org.greenvalue.ledger.tx.TransactionSender;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;

/** The {@link Ledger} over JSON-RPC with web3j: deploys the contracts or attaches to them. */
public final class Web3jLedger implements Ledger {
  private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(1);

  private final Web3j web3j;
  private final ChainAccess chain;
  private final ContractAddresses contracts;
  private final Anchors anchors;
  private final Accreditations trust;
  private final GreenValueLots lots;
  private final Roles roles;

  private Web3jLedger(Web3j web3j, ChainAccess chain, ContractAddresses contracts) {
    this.web3j = web3j;
    this.chain = chain;
    this.contracts = contracts;
    this.anchors = new Web3jAnchors(chain, contracts.anchorRegistry());
    this.trust = new Web3jAccreditations(chain, contracts.trustRegistry());
    this.lots = new Web3jGreenValueLots(chain, contracts.greenValueLedger());
    this.roles = new Roles(chain, contracts);
  }

  public static Ledger connect(LedgerConfig config) {
    return connect(config, Clock.systemUTC());
  }

  /**
   * Connects to the node, then attaches to the configured contracts (checking that code is there)
   * or, when none are configured, deploys all three.
   *
   * @throws LedgerUnavailableException when the node cannot be reached
   * @throws IllegalStateException when a configured address holds no contract, or deploying fails
   */
  public static Ledger connect(LedgerConfig config, Clock clock) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(config.httpTimeout())
            .readTimeout(config.httpTimeout())
            .build();
    Web3j web3j = Web3j.build(new HttpService(config.rpcUrl().toString(), http));
    try {
      Rpc rpc = new Rpc(config.retry(), Sleeper.REAL);
      long chainId =
          rpc.call("eth_chainId", () -> web3j.ethChainId().send()).getChainId().longValueExact();
      ReceiptPoller receipts =
          new ReceiptPoller(
              web3j,
              rpc,
              clock,
              Sleeper.REAL,
              config.receiptTimeout(),
              config.pollInterval(),
              MAX_POLL_INTERVAL);
      TransactionSender sender =
          new TransactionSender(
              web3j,
              rpc,
              Credentials.create(config.privateKey()),
              chainId,
              new FeeOracle(web3j, rpc, clock),
              receipts,
              new RevertDecoder(featureErrors()));
      ChainAccess chain = new ChainAccess(web3j, rpc, sender);
      ContractAddresses contracts =
          config.contracts().isPresent()
              ? attach(chain, config.contracts().get())
              : Deployer.deployAll(sender);
      return new Web3jLedger(web3j, chain, contracts);
    } catch (RuntimeException e) {
      web3j.shutdown();
      throw e;
    }
  }

  private static ContractAddresses attach(ChainAccess chain, ContractAddresses addresses) {
    for (String address :
        List.of(
            addresses.anchorRegistry(), addresses.trustRegistry(), addresses.greenValueLedger())) {
      String code =
          chain
              .read(
                  "eth_getCode",
                  () -> chain.web3j().ethGetCode(address, DefaultBlockParameterName.LATEST).send())
              .getCode();
      if (code == null || code.equals("0x") || code.isEmpty()) {
        throw new IllegalStateException("no contract code at " + address);
      }
    }
    return addresses;
  }

  private static List<ErrorSignature> featureErrors() {
    List<ErrorSignature> all = new ArrayList<>(AnchorError.signatures());
    all.addAll(TrustError.signatures());
    all.addAll(LotError.signatures());
    return all;
  }

  @Override
  public long chainId() {
    return chain.sender().chainId();
  }

  @Override
  public String account() {
    return chain.sender().from();
  }

  @Override
  public ContractAddresses contracts() {
    return contracts;
  }

  @Override
  public Anchors anchors() {
    return anchors;
  }

  @Override
  public Accreditations trust() {
    return trust;
  }

  @Override
  public GreenValueLots lots() {
    return lots;
  }

  @Override
  public LedgerResult grantRole(Role role, String account) {
    return roles.grant(role, account);
  }

  @Override
  public LedgerResult revokeRole(Role role, String account) {
    return roles.revoke(role, account);
  }

  @Override
  public boolean hasRole(Role role, String account) {
    return roles.has(role, account);
  }

  @Override
  public void forgetDroppedTransaction() {
    chain.sender().resyncNonce();
  }

  @Override
  public void close() {
    web3j.shutdown();
  }
}
