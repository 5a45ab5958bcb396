package org.greenvalue.ledger.chain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start the dev chain.
 *
 * @param anvil the {@code anvil} launcher ({@code node_modules/.bin/anvil} of this module)
 * @param mnemonic the mnemonic its accounts derive from
 * @param accounts how many funded accounts to create
 * @param chainId the chain id it reports
 * @param freeGas zero base fee and gas price, like a Besu free-gas network; otherwise EIP-1559
 * @param automine mine each transaction at once; otherwise never mine (for timeout tests), unless a
 *     block time is set
 * @param startTimeout how long to wait for JSON-RPC to answer
 * @param blockTime interval mining: one block per period (anvil {@code --block-time}), like a Besu
 *     QBFT network; {@code null} for automine or no mining as {@code automine} says
 * @param extraArgs further anvil arguments, appended as given
 */
public record DevChainOptions(
    Path anvil,
    String mnemonic,
    int accounts,
    long chainId,
    boolean freeGas,
    boolean automine,
    Duration startTimeout,
    Duration blockTime,
    List<String> extraArgs) {

  /** Anvil's well-known development mnemonic: public, for local chains only. */
  public static final String DEV_MNEMONIC =
      "test test test test test test test test test test test junk";

  public DevChainOptions {
    if (blockTime != null && (blockTime.isNegative() || blockTime.isZero())) {
      throw new IllegalArgumentException("blockTime must be positive");
    }
    extraArgs = List.copyOf(extraArgs);
  }

  /** Automine or no mining, no extra arguments. */
  public DevChainOptions(
      Path anvil,
      String mnemonic,
      int accounts,
      long chainId,
      boolean freeGas,
      boolean automine,
      Duration startTimeout) {
    this(anvil, mnemonic, accounts, chainId, freeGas, automine, startTimeout, null, List.of());
  }

  public static DevChainOptions defaults() {
    return new DevChainOptions(
        AnvilLocator.find(), DEV_MNEMONIC, 10, 31337, false, true, Duration.ofSeconds(30));
  }

  public DevChainOptions withFreeGas() {
    return new DevChainOptions(
        anvil, mnemonic, accounts, chainId, true, automine, startTimeout, blockTime, extraArgs);
  }

  public DevChainOptions withoutMining() {
    return new DevChainOptions(
        anvil, mnemonic, accounts, chainId, freeGas, false, startTimeout, null, extraArgs);
  }

  /** Interval mining: a block every {@code period} (whole or fractional seconds). */
  public DevChainOptions withBlockTime(Duration period) {
    return new DevChainOptions(
        anvil, mnemonic, accounts, chainId, freeGas, false, startTimeout, period, extraArgs);
  }

  /** Further anvil arguments, appended to the command line as given. */
  public DevChainOptions withExtraArgs(List<String> args) {
    return new DevChainOptions(
        anvil, mnemonic, accounts, chainId, freeGas, automine, startTimeout, blockTime, args);
  }
}
