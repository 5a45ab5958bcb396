package org.greenvalue.ledger.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.greenvalue.ledger.network.GeneratedNetwork;
import org.greenvalue.ledger.network.NetworkSpec;
import org.greenvalue.ledger.network.NetworkWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contracts/network-generate.sh --out network --validators 4}: generates the Besu QBFT
 * network that {@code docker-compose.yml} runs (keys, genesis, permissioning, the services' env),
 * through the contracts library's {@link NetworkWriter}.
 */
@Command(
    name = "network-generate",
    mixinStandardHelpOptions = true,
    description = "Generate keys, QBFT genesis and permissioning for the Besu compose network.")
public final class NetworkGenerateCommand implements Callable<Integer> {
  private static final NetworkSpec DEFAULTS = NetworkSpec.defaults();

  @Spec CommandLine.Model.CommandSpec command;

  @Option(names = "--out", defaultValue = "network", description = "Output directory.")
  Path out;

  @Option(names = "--validators", description = "Number of QBFT validators (default 4).")
  int validators = DEFAULTS.validators();

  @Option(names = "--chain-id", description = "Chain id (default 1337).")
  long chainId = DEFAULTS.chainId();

  @Option(names = "--block-period", description = "Seconds between blocks (default 2).")
  int blockPeriod = DEFAULTS.blockPeriodSeconds();

  @Option(names = "--empty-block-period", description = "Seconds between empty blocks (60).")
  int emptyBlockPeriod = DEFAULTS.emptyBlockPeriodSeconds();

  @Option(names = "--request-timeout", description = "QBFT round timeout in seconds (4).")
  int requestTimeout = DEFAULTS.requestTimeoutSeconds();

  @Option(names = "--subnet", description = "Compose network /24 prefix (172.28.0).")
  String subnet = DEFAULTS.subnet();

  public static void main(String[] args) {
    System.exit(new CommandLine(new NetworkGenerateCommand()).execute(args));
  }

  @Override
  public Integer call() {
    NetworkSpec spec =
        new NetworkSpec(
            validators,
            chainId,
            blockPeriod,
            emptyBlockPeriod,
            requestTimeout,
            DEFAULTS.epochLength(),
            subnet,
            DEFAULTS.p2pPort());
    PrintWriter err = command.commandLine().getErr();
    if (!spec.problems().isEmpty()) {
      spec.problems().forEach(problem -> err.println("network-generate: " + problem));
      return CommandLine.ExitCode.USAGE;
    }
    try {
      GeneratedNetwork network = new NetworkWriter(new SecureRandom()).write(spec, out);
      PrintWriter stdout = command.commandLine().getOut();
      stdout.printf(
          "Generated %d validators, chain id %d, in %s%n",
          validators, chainId, out.toAbsolutePath());
      network.validators().forEach(v -> stdout.printf("  %s %s%n", v.name(), v.address()));
      stdout.printf("  registry account %s%n", network.registry().address());
      stdout.println("Start it with: docker compose up -d");
      return CommandLine.ExitCode.OK;
    } catch (FileAlreadyExistsException e) {
      err.println("network-generate: " + e.getFile() + " exists; remove the directory first");
      return CommandLine.ExitCode.SOFTWARE;
    } catch (IOException e) {
      err.println("network-generate: cannot write " + out + ": " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
  }
}
