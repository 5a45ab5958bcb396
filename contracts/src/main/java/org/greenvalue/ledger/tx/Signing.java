package org.greenvalue.ledger.tx;

import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** Builds and signs a transaction of the type the fee policy calls for. */
final class Signing {
  private Signing() {}

  /** The signed transaction as {@code 0x}-prefixed hex, ready for eth_sendRawTransaction. */
  static String sign(
      Credentials credentials,
      long chainId,
      BigInteger nonce,
      String to,
      String data,
      BigInteger gasLimit,
      FeePolicy fee) {
    byte[] signed =
        switch (fee) {
          case FeePolicy.Free free ->
              legacy(credentials, chainId, nonce, BigInteger.ZERO, gasLimit, to, data);
          case FeePolicy.Legacy legacy ->
              legacy(credentials, chainId, nonce, legacy.gasPrice(), gasLimit, to, data);
          case FeePolicy.Eip1559 eip1559 ->
              TransactionEncoder.signMessage(
                  RawTransaction.createTransaction(
                      chainId,
                      nonce,
                      gasLimit,
                      to,
                      BigInteger.ZERO,
                      data,
                      eip1559.maxPriorityFeePerGas(),
                      eip1559.maxFeePerGas()),
                  credentials);
        };
    return Numeric.toHexString(signed);
  }

  private static byte[] legacy(
      Credentials credentials,
      long chainId,
      BigInteger nonce,
      BigInteger gasPrice,
      BigInteger gasLimit,
      String to,
      String data) {
    RawTransaction raw =
        RawTransaction.createTransaction(nonce, gasPrice, gasLimit, to, BigInteger.ZERO, data);
    return TransactionEncoder.signMessage(raw, chainId, credentials);
  }
}
