package org.greenvalue.cli.vc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gvr vc sign --format} takes its labels from {@link SecuringFormat}. */
class VcSignFormatTest {

  @TempDir Path dir;
  private Path credential;
  private Path key;

  @BeforeEach
  void writeCredentialAndKey() throws Exception {
    try (var in = getClass().getResourceAsStream("/reduction-credential.json")) {
      credential = dir.resolve("reduction.json");
      Files.write(credential, in.readAllBytes());
    }
    key = dir.resolve("key.json");
    assertThat(
            CliRun.of("key", "generate", "--type", "Ed25519", "--out", key.toString()).exitCode())
        .isZero();
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingEveryFormatAndWritesNothing() {
    Path out = dir.resolve("signed.json");
    var run =
        CliRun.of(
            "vc",
            "sign",
            "--key",
            key.toString(),
            "--format",
            "rsa",
            "--out",
            out.toString(),
            credential.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("unknown format 'rsa', expected one of " + SecuringFormat.labelList());
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void theHelpListsEveryFormat() {
    var help = CliRun.of("vc", "sign", "--help");

    assertThat(help.exitCode()).isZero();
    String text = help.out().replaceAll("\\s+", " ");
    assertThat(text).contains("One of " + SecuringFormat.labelList() + " (default vc+jwt)");
  }

  @Test
  void everyFormatIsAccepted() {
    for (SecuringFormat format : SecuringFormat.values()) {
      assertThat(new FormatOption().convert(format.label())).isEqualTo(format);
    }
  }
}
