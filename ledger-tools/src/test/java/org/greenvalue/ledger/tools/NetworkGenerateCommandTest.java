package org.greenvalue.ledger.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.ledger.network.NetworkFiles;
import org.greenvalue.ledger.network.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class NetworkGenerateCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run generate(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new NetworkGenerateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void writesTheNetworkAndNamesItsValidatorsWithoutPrintingAnyKey() throws IOException {
    Path out = dir.resolve("network");

    Run run = generate("--out", out.toString(), "--validators", "4", "--chain-id", "1337");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("4 validators", "chain id 1337", "registry account");
    for (int i = 1; i <= 4; i++) {
      String validator = NetworkSpec.validatorName(i);
      String address = Files.readString(out.resolve(validator).resolve(NetworkFiles.ADDRESS));
      String key = Files.readString(out.resolve(validator).resolve(NetworkFiles.KEY)).strip();
      assertThat(run.out()).contains(address.strip()).doesNotContain(key.substring(2));
    }
    String registryKey =
        Files.readString(out.resolve(NetworkFiles.REGISTRY_ACCOUNT).resolve(NetworkFiles.KEY));
    assertThat(run.out()).doesNotContain(registryKey.strip().substring(2));
  }

  @Test
  void refusesToOverwriteANetworkThatIsAlreadyThere() throws IOException {
    Path out = dir.resolve("network");
    assertThat(generate("--out", out.toString()).exit()).isZero();
    String before = Files.readString(out.resolve(NetworkFiles.GENESIS));

    Run again = generate("--out", out.toString());

    assertThat(again.exit()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(again.err()).contains("exists");
    assertThat(Files.readString(out.resolve(NetworkFiles.GENESIS))).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--validators=0",
        "--validators=-1",
        "--validators=17",
        "--chain-id=0",
        "--block-period=0",
        "--request-timeout=2",
        "--empty-block-period=1",
        "--subnet=300.1.1",
        "--subnet=10.0.0.0",
        "--validators=four"
      })
  void refusesSettingsThatCannotMakeAWorkingNetworkAndWritesNothing(String option) {
    Path target = dir.resolve("refused");

    assertThat(generate("--out", target.toString(), option).exit())
        .isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(target).doesNotExist();
  }
}
