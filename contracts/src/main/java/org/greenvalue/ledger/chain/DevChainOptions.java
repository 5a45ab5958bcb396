package org.greenvalue.ledger.chain;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to start the dev chain.
 *
 * @param anvil the {@code anvil} launcher ({@code node_modules/.bin/anvil} of this module)
 * @param mnemonic the mnemonic its accounts derive from
 * @param accounts how many funded accounts to create
 * @param chainId the chain id it reports
 * @param freeGas zero base fee and gas price, like a Besu free-gas network; otherwise EIP-1559
 * @param automine mine each transaction at once; otherwise never mine (for timeout tests)
 * @param startTimeout how long to wait for JSON-RPC to answer
 */
public record DevChainOptions(
    Path anvil,
    String mnemonic,
    int accounts,
    long chainId,
    boolean freeGas,
    boolean automine,
    Duration startTimeout) {

  /** Anvil's well-known development mnemonic: public, for local chains only. */
  public static final String DEV_MNEMONIC =
      "test test test test test test test test test test test junk";

  public static DevChainOptions defaults() {
    return new DevChainOptions(
        AnvilLocator.find(), DEV_MNEMONIC, 10, 31337, false, true, Duration.ofSeconds(30));
  }

  public DevChainOptions withFreeGas() {
    return new DevChainOptions(anvil, mnemonic, accounts, chainId, true, automine, startTimeout);
  }

  public DevChainOptions withoutMining() {
    return new DevChainOptions(anvil, mnemonic, accounts, chainId, freeGas, false, startTimeout);
  }
}
