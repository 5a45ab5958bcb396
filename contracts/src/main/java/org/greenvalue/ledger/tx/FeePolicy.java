package org.greenvalue.ledger.tx;

import java.math.BigInteger;

/** How a transaction pays for gas on the network at hand. */
public sealed interface FeePolicy {

  /** Free-gas network (Besu {@code zeroBaseFee} with {@code --min-gas-price=0}): price zero. */
  record Free() implements FeePolicy {}

  /** Pre-London network: one gas price. */
  record Legacy(BigInteger gasPrice) implements FeePolicy {}

  /** EIP-1559 network: a fee cap and a priority fee (tip). */
  record Eip1559(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) implements FeePolicy {}
}
