package org.greenvalue.ledger;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.greenvalue.ledger.tx.RetryPolicy;

/**
 * How to reach the ledger.
 *
 * @param rpcUrl the node's JSON-RPC HTTP endpoint
 * @param privateKey hex private key of the sending account; never printed
 * @param contracts addresses to attach to; empty deploys all three contracts
 * @param receiptTimeout how long a write waits for its receipt
 * @param pollInterval first wait between receipt polls (then doubled up to 1 s)
 * @param httpTimeout connect and read timeout of one JSON-RPC request
 * @param retry retries of requests that fail in transit
 */
public record LedgerConfig(
    URI rpcUrl,
    String privateKey,
    Optional<ContractAddresses> contracts,
    Duration receiptTimeout,
    Duration pollInterval,
    Duration httpTimeout,
    RetryPolicy retry) {

  /** Defaults that suit a dev chain and a Besu network with 1–5 s blocks. */
  public static LedgerConfig of(URI rpcUrl, String privateKey) {
    return new LedgerConfig(
        rpcUrl,
        privateKey,
        Optional.empty(),
        Duration.ofSeconds(60),
        Duration.ofMillis(20),
        Duration.ofSeconds(10),
        RetryPolicy.DEFAULT);
  }

  public LedgerConfig withContracts(ContractAddresses addresses) {
    return new LedgerConfig(
        rpcUrl,
        privateKey,
        Optional.of(addresses),
        receiptTimeout,
        pollInterval,
        httpTimeout,
        retry);
  }

  public LedgerConfig withReceiptTimeout(Duration timeout) {
    return new LedgerConfig(
        rpcUrl, privateKey, contracts, timeout, pollInterval, httpTimeout, retry);
  }

  public LedgerConfig withRetry(RetryPolicy policy) {
    return new LedgerConfig(
        rpcUrl, privateKey, contracts, receiptTimeout, pollInterval, httpTimeout, policy);
  }

  @Override
  public String toString() {
    return "LedgerConfig[rpcUrl=%s, privateKey=***, contracts=%s, receiptTimeout=%s]"
        .formatted(rpcUrl, contracts, receiptTimeout);
  }
}
