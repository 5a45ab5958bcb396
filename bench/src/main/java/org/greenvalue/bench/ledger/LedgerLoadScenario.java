package org.greenvalue.bench.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorBatcher;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.ledger.chain.DevChainOptions;

/**
 * The ledger figures of {@code docs/benchmarks.md}, measured against a dev chain (anvil, free gas)
 * this class starts and stops:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.greenvalue.bench.ledger.LedgerLoadScenario \
 *     [digests=100000] [batchSize=10000] [naive=1000] [lotSeconds=30] [callers=16]
 * </pre>
 */
public final class LedgerLoadScenario {
  private LedgerLoadScenario() {}

  public static void main(String[] args) throws Exception {
    int digests = arg(args, 0, 100_000);
    int batchSize = arg(args, 1, 10_000);
    int naive = arg(args, 2, 1_000);
    int lotSeconds = arg(args, 3, 30);
    int callers = arg(args, 4, 16);
    DevChainOptions options = DevChainOptions.defaults().withFreeGas();
    String blockTime = System.getProperty("gvr.bench.blockTime", "");
    if (!blockTime.isBlank()) {
      options =
          options.withBlockTime(
              Duration.ofNanos(new BigDecimal(blockTime).movePointRight(9).longValueExact()));
    }
    String anvilArgs = System.getProperty("gvr.bench.anvilArgs", "");
    if (!anvilArgs.isBlank()) {
      options = options.withExtraArgs(List.of(anvilArgs.trim().split("\\s+")));
    }
    System.out.printf(
        "anvil options: block time %s, extra %s%n",
        options.blockTime() == null ? "automine" : options.blockTime(), options.extraArgs());
    boolean lotsOnly = Boolean.getBoolean("gvr.bench.lotsOnly");
    try (DevChain chain = DevChain.start(options);
        Ledger ledger =
            Web3jLedger.connect(
                LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()))) {
      System.out.printf(
          "anvil at %s, chain id %d, %d CPUs, %s%n",
          chain.rpcUrl(),
          ledger.chainId(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.version());
      if (lotsOnly) {
        lots(ledger, callers, lotSeconds);
        return;
      }
      AnchoringLoad anchoring = new AnchoringLoad(AnchorBatcher.of(ledger), ledger.anchors());
      anchoring.batched(AnchoringLoad.digests(20_000, "warm-up"), 10_000, new ArrayList<>());
      anchoring.naive(AnchoringLoad.digests(200, "warm-up-naive"), callers);

      List<AnchorReceipt> receipts = new ArrayList<>(digests);
      Timed batched =
          anchoring.batched(AnchoringLoad.digests(digests, "batched"), batchSize, receipts);
      Timed oneBatch =
          anchoring.batched(AnchoringLoad.digests(digests, "one"), digests, new ArrayList<>());
      Timed naiveOne = anchoring.naive(AnchoringLoad.digests(naive, "naive-1"), 1);
      Timed naiveMany = anchoring.naive(AnchoringLoad.digests(naive, "naive-n"), callers);
      Timed verified = anchoring.verify(receipts);
      System.out.printf("anchoring, batches of %,d: %s digests%n", batchSize, batched);
      System.out.printf("anchoring, one batch of %,d: %s digests%n", digests, oneBatch);
      System.out.printf("anchoring, naive, 1 caller: %s digests%n", naiveOne);
      System.out.printf("anchoring, naive, %d callers: %s digests%n", callers, naiveMany);
      System.out.printf(
          "ratio batched / naive: %.0fx (1 caller), %.0fx (%d callers)%n",
          batched.perSecond() / naiveOne.perSecond(),
          batched.perSecond() / naiveMany.perSecond(),
          callers);
      System.out.printf("receipt verification, offline, 1 thread: %s receipts%n", verified);

      lots(ledger, callers, lotSeconds);
    }
  }

  private static void lots(Ledger ledger, int callers, int lotSeconds) throws Exception {
    Timed lots = new LotOpsLoad(ledger.lots()).run(callers, lotSeconds);
    System.out.printf(
        "lot operations (mint, transfer, allocate, retire), %d callers, %d s: %s ops%n",
        callers, lotSeconds, lots);
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
