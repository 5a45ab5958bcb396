package org.greenvalue.cli.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyCommandTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"Ed25519", "P-256"})
  void generatesAKeyFileOnlyItsOwnerCanRead(String type) throws Exception {
    Path file = dir.resolve("issuer.key.json");
    var run = CliRun.of("key", "generate", "--type", type, "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("\"did\":\"did:key:z").doesNotContain("secretKeyMultibase");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    var key = KeyFile.read(file).value();
    assertThat(run.out()).contains(key.did());
  }

  @Test
  void refusesAnUnknownTypeAndWillNotOverwriteWithoutForce() throws Exception {
    Path file = dir.resolve("k.json");
    assertThat(CliRun.of("key", "generate", "--type", "RSA", "--out", file.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(file).doesNotExist();
    Files.writeString(file, "keep me");
    var run = CliRun.of("key", "generate", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--force");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void reportsUnreadableKeyFilesAsValues() throws Exception {
    assertThat(KeyFile.read(dir.resolve("missing.json")).reason()).contains("cannot read");
    Path junk = Files.writeString(dir.resolve("junk.json"), "{\"did\":\"x\"}");
    assertThat(KeyFile.read(junk).reason()).contains("secretKeyMultibase");
  }
}
