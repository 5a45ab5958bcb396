package org.greenvalue.ledger.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ContractsDeployCommandTest {
  private static DevChain chain;
  @TempDir Path dir;

  @BeforeAll
  static void startChain() throws IOException {
    chain = DevChain.start();
  }

  @AfterAll
  static void stopChain() {
    chain.close();
  }

  private record Run(int exit, String out, String err) {}

  private static Run deploy(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ContractsDeployCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static Map<String, String> env(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("=", 2))
        .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
  }

  @Test
  void deploysTheContractsOnceAndWritesAddressesTheRegistryAttachesTo() throws IOException {
    String key = chain.accounts().get(3).privateKey();
    Path keyFile = Files.writeString(dir.resolve("key"), key + "\n");
    Path out = dir.resolve("contracts.env");
    String rpc = chain.rpcUrl().toString();

    Run run = deploy("--rpc-url", rpc, "--key-file", keyFile.toString(), "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, String> env = env(out);
    ContractAddresses deployed =
        new ContractAddresses(
            env.get("GVR_REGISTRY_LEDGER_CONTRACTS_ANCHOR_REGISTRY"),
            env.get("GVR_REGISTRY_LEDGER_CONTRACTS_TRUST_REGISTRY"),
            env.get("GVR_REGISTRY_LEDGER_CONTRACTS_GREEN_VALUE_LEDGER"));
    // Attaching checks that code is deployed at each address.
    try (Ledger attached =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), key).withContracts(deployed))) {
      assertThat(attached.contracts()).isEqualTo(deployed);
    }
    assertThat(env.get("GVR_VERIFIER_LEDGER_CONTRACTS"))
        .isEqualTo(
            String.join(
                ",",
                deployed.anchorRegistry(),
                deployed.trustRegistry(),
                deployed.greenValueLedger()));
    assertThat(run.out()).contains(deployed.anchorRegistry()).doesNotContain(key.substring(2));

    Run again = deploy("--rpc-url", rpc, "--key-file", keyFile.toString(), "--out", out.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("already deployed");
  }

  @Test
  void aMissingKeyFileOrUnreachableNodeIsAClearErrorAndWritesNothing() throws IOException {
    Path out = dir.resolve("contracts.env");
    Run noKey =
        deploy(
            "--rpc-url",
            chain.rpcUrl().toString(),
            "--key-file",
            dir.resolve("absent").toString(),
            "--out",
            out.toString());
    assertThat(noKey.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(noKey.err()).contains("cannot read the key file");

    Path keyFile = Files.writeString(dir.resolve("key"), chain.accounts().get(3).privateKey());
    Run down =
        deploy(
            "--rpc-url",
            "http://127.0.0.1:1",
            "--key-file",
            keyFile.toString(),
            "--out",
            out.toString());
    assertThat(down.exit()).isNotZero();
    assertThat(down.err()).startsWith("contracts-deploy: ");
    assertThat(out).doesNotExist();
  }
}
