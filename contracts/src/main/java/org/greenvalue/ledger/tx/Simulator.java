package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import org.greenvalue.ledger.CommonError;
import org.greenvalue.ledger.ContractError;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Runs a call without sending it: {@code eth_estimateGas} gives the gas limit or, when the call
 * would revert, the revert data; {@code eth_call} is the fallback for nodes that leave the data out
 * of the estimate error, and replays a mined failure against its block.
 */
final class Simulator {
  /** Head room over the estimate: state can change between the estimate and the block. */
  private static final BigInteger MARGIN_NUMERATOR = BigInteger.valueOf(3);

  private static final BigInteger MARGIN_DENOMINATOR = BigInteger.TWO;

  private final Web3j web3j;
  private final Rpc rpc;
  private final RevertDecoder decoder;

  Simulator(Web3j web3j, Rpc rpc, RevertDecoder decoder) {
    this.web3j = web3j;
    this.rpc = rpc;
    this.decoder = decoder;
  }

  sealed interface Outcome {}

  record Passed(BigInteger gasLimit) implements Outcome {}

  record Refused(ContractError error) implements Outcome {}

  Outcome estimate(Transaction call) {
    EthEstimateGas estimate = rpc.call("eth_estimateGas", () -> web3j.ethEstimateGas(call).send());
    if (!estimate.hasError()) {
      BigInteger gas = estimate.getAmountUsed();
      return new Passed(gas.multiply(MARGIN_NUMERATOR).divide(MARGIN_DENOMINATOR));
    }
    String data = revertData(estimate.getError());
    if (data != null) {
      return new Refused(decoder.decode(data));
    }
    ContractError fromCall = callError(call, DefaultBlockParameterName.LATEST);
    return new Refused(
        fromCall != null ? fromCall : new CommonError.Reason(estimate.getError().getMessage()));
  }

  /** Why a mined transaction failed, replaying it on the state of its block. */
  ContractError replay(Transaction call, TransactionReceipt receipt) {
    ContractError error = callError(call, DefaultBlockParameter.valueOf(receipt.getBlockNumber()));
    if (error != null) {
      return error;
    }
    return new CommonError.Reason(
        "reverted when mined in block "
            + receipt.getBlockNumber()
            + " (gas used "
            + receipt.getGasUsed()
            + "); the replay does not revert");
  }

  private ContractError callError(Transaction call, DefaultBlockParameter block) {
    EthCall answer = rpc.call("eth_call", () -> web3j.ethCall(call, block).send());
    if (!answer.hasError()) {
      return null;
    }
    String data = revertData(answer.getError());
    return data != null
        ? decoder.decode(data)
        : new CommonError.Reason(answer.getError().getMessage());
  }

  /** The revert data in a JSON-RPC error, when the node put it there as a hex string. */
  static String revertData(Response.Error error) {
    String trimmed = RevertDecoder.unquote(error.getData());
    return trimmed.startsWith("0x") && trimmed.length() >= 10 ? trimmed : null;
  }
}
