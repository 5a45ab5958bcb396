package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.tx.NonceManager.Effect;
import org.greenvalue.ledger.tx.NonceManager.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Sends contract calls from one account: simulate (refusals come back decoded, nothing is sent),
 * sign with the next nonce, hand to the node, wait for the receipt. A transaction that passed the
 * simulation but reverted when mined (another caller got there first) is replayed against the block
 * it was mined in to decode why.
 */
public final class TransactionSender {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionSender.class);

  private final Web3j web3j;
  private final Rpc rpc;
  private final Credentials credentials;
  private final long chainId;
  private final FeeOracle fees;
  private final NonceManager nonces;
  private final ReceiptPoller receipts;
  private final RevertDecoder decoder;
  private final Simulator simulator;
  private final BlockTimes blockTimes = new BlockTimes();

  public TransactionSender(
      Web3j web3j,
      Rpc rpc,
      Credentials credentials,
      long chainId,
      FeeOracle fees,
      ReceiptPoller receipts,
      RevertDecoder decoder) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.credentials = credentials;
    this.chainId = chainId;
    this.fees = fees;
    this.receipts = receipts;
    this.decoder = decoder;
    this.simulator = new Simulator(web3j, rpc, decoder);
    this.nonces = new NonceManager(this::pendingNonce);
  }

  /** The sending account's address. */
  public String from() {
    return credentials.getAddress();
  }

  public long chainId() {
    return chainId;
  }

  /** Calls {@code to} with ABI-encoded {@code data}; {@code to == null} deploys {@code data}. */
  public LedgerResult send(String to, String data) {
    Transaction call = Transaction.createEthCallTransaction(from(), to, data);
    try {
      Simulator.Outcome simulated = simulator.estimate(call);
      if (simulated instanceof Simulator.Refused refused) {
        return new LedgerResult.Rejected(refused.error());
      }
      BigInteger gasLimit = ((Simulator.Passed) simulated).gasLimit();
      Submission submission =
          nonces.withNextNonce(nonce -> submit(nonce, to == null ? "" : to, data, gasLimit));
      if (submission instanceof Refused refused) {
        return refused.result();
      }
      Accepted accepted = (Accepted) submission;
      String txHash = accepted.txHash();
      Optional<TransactionReceipt> receipt =
          receipts.await(txHash, () -> rebroadcastIfDropped(accepted));
      if (receipt.isEmpty()) {
        return new LedgerResult.Unconfirmed(txHash, receipts.timeout());
      }
      if (!receipt.get().isStatusOK()) {
        return new LedgerResult.Rejected(simulator.replay(call, receipt.get()));
      }
      return new LedgerResult.Confirmed(toReceipt(receipt.get()));
    } catch (LedgerUnavailableException e) {
      return new LedgerResult.Unavailable(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new LedgerResult.Unavailable("interrupted while waiting for a receipt");
    }
  }

  private Step<Submission> submit(BigInteger nonce, String to, String data, BigInteger gasLimit) {
    String signed = Signing.sign(credentials, chainId, nonce, to, data, gasLimit, fees.current());
    String txHash = Hash.sha3(signed);
    EthSendTransaction answer;
    try {
      answer = rpc.call("eth_sendRawTransaction", () -> web3j.ethSendRawTransaction(signed).send());
    } catch (LedgerUnavailableException e) {
      return new Step<>(Effect.UNKNOWN, new Refused(new LedgerResult.Unavailable(e.getMessage())));
    }
    if (!answer.hasError()) {
      return new Step<>(Effect.USED, new Accepted(txHash, signed));
    }
    String message = answer.getError().getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("already known")
        || lower.contains("already imported")
        || lower.contains("known transaction")) {
      return new Step<>(Effect.USED, new Accepted(txHash, signed));
    }
    Refused refused = new Refused(new LedgerResult.Rejected(new CommonError.Reason(message)));
    boolean stale = lower.contains("nonce too low") || lower.contains("replacement");
    return new Step<>(stale ? Effect.STALE : Effect.UNUSED, refused);
  }

  /**
   * Hands the same signed transaction to the node again when the node no longer knows it (neither
   * pooled nor mined): a dropped transaction would leave a nonce gap that stalls every later one.
   * Same nonce and hash, so it cannot be applied twice; any answer (already known, nonce too low)
   * or transit failure leaves the wait for the receipt as it was.
   */
  private void rebroadcastIfDropped(Accepted accepted) {
    try {
      boolean known =
          rpc.call(
                  "eth_getTransactionByHash",
                  () -> web3j.ethGetTransactionByHash(accepted.txHash()).send())
              .getTransaction()
              .isPresent();
      if (!known) {
        LOG.info("node dropped {}; sending it again", accepted.txHash());
        rpc.call(
            "eth_sendRawTransaction", () -> web3j.ethSendRawTransaction(accepted.signed()).send());
      }
    } catch (LedgerUnavailableException e) {
      LOG.debug("could not check {}: {}", accepted.txHash(), e.getMessage());
    }
  }

  /** The next transaction reads the account's pending nonce from the node again. */
  public void resyncNonce() {
    nonces.resync();
  }

  private BigInteger pendingNonce() {
    return rpc.call(
            "eth_getTransactionCount",
            () -> web3j.ethGetTransactionCount(from(), DefaultBlockParameterName.PENDING).send())
        .getTransactionCount();
  }

  private TxReceipt toReceipt(TransactionReceipt receipt) {
    BigInteger blockNumber = receipt.getBlockNumber();
    String blockHash = receipt.getBlockHash();
    Instant time = blockTimes.get(blockHash);
    if (time == null) {
      BigInteger seconds =
          rpc.call("eth_getBlockByHash", () -> web3j.ethGetBlockByHash(blockHash, false).send())
              .getBlock()
              .getTimestamp();
      time = Instant.ofEpochSecond(seconds.longValueExact());
      blockTimes.put(blockHash, time);
    }
    return new TxReceipt(
        receipt.getTransactionHash(),
        blockNumber,
        time,
        receipt.getGasUsed(),
        Optional.ofNullable(receipt.getContractAddress()));
  }

  /**
   * Block times of recent blocks, by block hash (a reorganised block has another hash): under
   * interval mining many receipts share a block, and its time is read once.
   */
  private static final class BlockTimes {
    private static final int SIZE = 256;
    private final Map<String, Instant> times =
        new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > SIZE;
          }
        };

    synchronized Instant get(String blockHash) {
      return blockHash == null ? null : times.get(blockHash);
    }

    synchronized void put(String blockHash, Instant time) {
      if (blockHash != null) {
        times.put(blockHash, time);
      }
    }
  }

  private sealed interface Submission {}

  private record Accepted(String txHash, String signed) implements Submission {}

  private record Refused(LedgerResult result) implements Submission {}
}
