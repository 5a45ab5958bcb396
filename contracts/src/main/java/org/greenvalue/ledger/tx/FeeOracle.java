package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthFeeHistory;

/**
 * Decides how to pay for gas, from what the node says: {@code eth_feeHistory} gives the next
 * block's base fee on a London+ network (none, or an error, on older ones); {@code eth_gasPrice}
 * tells a free-gas network (zero) from a priced one. Fees are re-read at most once a second.
 */
public final class FeeOracle {
  private static final Duration REFRESH = Duration.ofSeconds(1);
  private static final BigInteger DEFAULT_TIP = BigInteger.valueOf(1_000_000_000L);

  private final Web3j web3j;
  private final Rpc rpc;
  private final Clock clock;
  private FeePolicy cached;
  private Instant readAt = Instant.MIN;

  public FeeOracle(Web3j web3j, Rpc rpc, Clock clock) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.clock = clock;
  }

  /** The fee policy for a transaction sent now. */
  public synchronized FeePolicy current() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(readAt.plus(REFRESH))) {
      cached = read();
      readAt = now;
    }
    return cached;
  }

  private FeePolicy read() {
    BigInteger gasPrice = rpc.call("eth_gasPrice", () -> web3j.ethGasPrice().send()).getGasPrice();
    BigInteger baseFee = nextBaseFee();
    if (baseFee == null) {
      return gasPrice.signum() == 0 ? new FeePolicy.Free() : new FeePolicy.Legacy(gasPrice);
    }
    if (baseFee.signum() == 0 && gasPrice.signum() == 0) {
      return new FeePolicy.Free();
    }
    BigInteger tip = priorityFee();
    return new FeePolicy.Eip1559(baseFee.multiply(BigInteger.TWO).add(tip), tip);
  }

  private BigInteger nextBaseFee() {
    EthFeeHistory history =
        rpc.call(
            "eth_feeHistory",
            () -> web3j.ethFeeHistory(1, DefaultBlockParameterName.LATEST, List.of()).send());
    if (history.hasError() || history.getFeeHistory() == null) {
      return null;
    }
    List<BigInteger> fees = history.getFeeHistory().getBaseFeePerGas();
    return fees == null || fees.isEmpty() ? null : fees.getLast();
  }

  private BigInteger priorityFee() {
    var answer = rpc.call("eth_maxPriorityFeePerGas", () -> web3j.ethMaxPriorityFeePerGas().send());
    return answer.hasError() ? DEFAULT_TIP : answer.getMaxPriorityFeePerGas();
  }
}
