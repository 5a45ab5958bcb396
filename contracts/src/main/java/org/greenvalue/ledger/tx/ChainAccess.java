package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import java.util.concurrent.Callable;
import org.web3j.protocol.Web3j;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;

/**
 * What a feature client needs to reach its contract: the node for reads (through generated
 * wrappers, which only encode calls and decode answers here) and the sender for writes.
 */
public record ChainAccess(Web3j web3j, Rpc rpc, TransactionSender sender) {

  /** For wrappers: reads go out as {@code eth_call} from our address; writes never go this way. */
  public TransactionManager readOnly() {
    return new ReadonlyTransactionManager(web3j, sender.from());
  }

  public ContractGasProvider noGas() {
    return new StaticGasProvider(BigInteger.ZERO, BigInteger.ZERO);
  }

  /** A read, retried when it fails in transit. */
  public <T> T read(String what, Callable<T> call) {
    return rpc.call(what, call);
  }
}
