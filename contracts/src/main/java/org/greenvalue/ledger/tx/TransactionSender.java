package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.TxReceipt;
import org.greenvalue.ledger.tx.NonceManager.Effect;
import org.greenvalue.ledger.tx.NonceManager.Step;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
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
  private final Web3j web3j;
  private final Rpc rpc;
  private final Credentials credentials;
  private final long chainId;
  private final FeeOracle fees;
  private final NonceManager nonces;
  private final ReceiptPoller receipts;
  private final RevertDecoder decoder;
  private final Simulator simulator;

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
      String txHash = ((Accepted) submission).txHash();
      Optional<TransactionReceipt> receipt = receipts.await(txHash);
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
      return new Step<>(Effect.USED, new Accepted(txHash));
    }
    String message = answer.getError().getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("already known")
        || lower.contains("already imported")
        || lower.contains("known transaction")) {
      return new Step<>(Effect.USED, new Accepted(txHash));
    }
    Refused refused = new Refused(new LedgerResult.Rejected(new CommonError.Reason(message)));
    boolean stale = lower.contains("nonce too low") || lower.contains("replacement");
    return new Step<>(stale ? Effect.STALE : Effect.UNUSED, refused);
  }

  private BigInteger pendingNonce() {
    return rpc.call(
            "eth_getTransactionCount",
            () -> web3j.ethGetTransactionCount(from(), DefaultBlockParameterName.PENDING).send())
        .getTransactionCount();
  }

  private TxReceipt toReceipt(TransactionReceipt receipt) {
    BigInteger blockNumber = receipt.getBlockNumber();
    BigInteger seconds =
        rpc.call(
                "eth_getBlockByNumber",
                () ->
                    web3j
                        .ethGetBlockByNumber(DefaultBlockParameter.valueOf(blockNumber), false)
                        .send())
            .getBlock()
            .getTimestamp();
    return new TxReceipt(
        receipt.getTransactionHash(),
        blockNumber,
        Instant.ofEpochSecond(seconds.longValueExact()),
        receipt.getGasUsed(),
        Optional.ofNullable(receipt.getContractAddress()));
  }

  private sealed interface Submission {}

  private record Accepted(String txHash) implements Submission {}

  private record Refused(LedgerResult result) implements Submission {}
}
