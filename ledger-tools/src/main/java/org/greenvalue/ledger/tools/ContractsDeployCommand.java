package org.greenvalue.ledger.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.network.ContractsEnv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contracts/contracts-deploy.sh --rpc-url http://localhost:8545 --key-file
 * network/registry/key}: deploys {@code AnchorRegistry}, {@code TrustRegistry} and {@code
 * GreenValueLedger} once, from the registry account (which so holds every role), and writes their
 * addresses as the registry's and verifier's environment variables, for {@code docker-compose.yml}
 * to pass on.
 */
@Command(
    name = "contracts-deploy",
    mixinStandardHelpOptions = true,
    description = "Deploy the three contracts and write their addresses as an env file.")
public final class ContractsDeployCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec command;

  @Option(names = "--rpc-url", defaultValue = "http://localhost:8545", description = "Node RPC.")
  URI rpcUrl;

  @Option(
      names = "--key-file",
      defaultValue = "network/registry/key",
      description = "Hex private key of the deploying (registry) account.")
  Path keyFile;

  @Option(names = "--out", defaultValue = "network/contracts.env", description = "Env file.")
  Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ContractsDeployCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    if (Files.exists(out)) {
      err.println("contracts-deploy: " + out + " exists; contracts are already deployed");
      return CommandLine.ExitCode.SOFTWARE;
    }
    String key;
    try {
      key = Files.readString(keyFile).strip();
    } catch (IOException e) {
      err.println("contracts-deploy: cannot read the key file " + keyFile + ": " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    try (Ledger ledger = Web3jLedger.connect(LedgerConfig.of(rpcUrl, key))) {
      ContractAddresses contracts = ledger.contracts();
      Files.writeString(out, ContractsEnv.text(contracts));
      PrintWriter stdout = command.commandLine().getOut();
      stdout.printf("Deployed on chain %d from %s:%n", ledger.chainId(), ledger.account());
      stdout.printf("  AnchorRegistry   %s%n", contracts.anchorRegistry());
      stdout.printf("  TrustRegistry    %s%n", contracts.trustRegistry());
      stdout.printf("  GreenValueLedger %s%n", contracts.greenValueLedger());
      stdout.printf("Addresses written to %s%n", out.toAbsolutePath());
      return CommandLine.ExitCode.OK;
    } catch (LedgerUnavailableException e) {
      err.println("contracts-deploy: the node at " + rpcUrl + " is unreachable: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    } catch (IOException e) {
      err.println("contracts-deploy: cannot write " + out + ": " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    } catch (IllegalArgumentException e) {
      err.println("contracts-deploy: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
  }
}
