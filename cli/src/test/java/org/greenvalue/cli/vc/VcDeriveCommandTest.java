package org.greenvalue.cli.vc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gvr vc sign --format ecdsa-sd-2023}, then {@code gvr vc derive}, then verify. */
class VcDeriveCommandTest {

  @TempDir Path dir;
  private Path credential;
  private Path key;

  @BeforeEach
  void writeCredentialAndKey() throws Exception {
    try (var in = getClass().getResourceAsStream("/reduction-credential.json")) {
      credential = dir.resolve("reduction.json");
      Files.write(credential, in.readAllBytes());
    }
    key = dir.resolve("p256.key.json");
    assertThat(CliRun.of("key", "generate", "--type", "P-256", "--out", key.toString()).exitCode())
        .isZero();
  }

  private Path base() {
    Path base = dir.resolve("base.json");
    var sign =
        CliRun.of(
            "vc",
            "sign",
            "--key",
            key.toString(),
            "--format",
            "ecdsa-sd-2023",
            "--out",
            base.toString(),
            credential.toString());
    assertThat(sign.exitCode()).as(sign.err()).isEqualTo(ExitCodes.OK);
    return base;
  }

  @Test
  void derivesADisclosureThatVerifiesWhileTheBaseProofIsRefused() throws Exception {
    Path base = base();
    var verifyBase = CliRun.of("vc", "verify", base.toString());
    assertThat(verifyBase.exitCode()).isNotEqualTo(ExitCodes.OK);
    assertThat(verifyBase.out()).contains("base proof");

    Path derived = dir.resolve("derived.json");
    var derive = CliRun.of("vc", "derive", "--out", derived.toString(), base.toString());
    assertThat(derive.exitCode()).as(derive.err()).isEqualTo(ExitCodes.OK);
    var verify = CliRun.of("vc", "verify", derived.toString());
    assertThat(verify.out()).contains("PASSED  proof[0].signature");
  }

  @Test
  void aPointerThatMatchesNothingIsRefusedAndWritesNothing() throws Exception {
    Path derived = dir.resolve("derived.json");
    var derive =
        CliRun.of(
            "vc",
            "derive",
            "--reveal",
            "/credentialSubject/noSuchField",
            "--out",
            derived.toString(),
            base().toString());
    assertThat(derive.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(derive.err()).contains("does not match");
    assertThat(Files.exists(derived)).isFalse();
  }

  @Test
  void aTamperedDisclosureFailsVerification() throws Exception {
    Path derived = dir.resolve("derived.json");
    CliRun.of("vc", "derive", "--out", derived.toString(), base().toString());
    var json = JsonDocuments.parseObject(Files.readString(derived)).value();
    String text = JsonDocuments.write(json).replace("\"validFrom\":\"20", "\"validFrom\":\"19");
    Files.writeString(derived, text);
    var verify = CliRun.of("vc", "verify", derived.toString());
    assertThat(verify.exitCode()).isNotEqualTo(ExitCodes.OK);
    assertThat(verify.out()).contains("FAILED  proof[0].signature");
  }
}
