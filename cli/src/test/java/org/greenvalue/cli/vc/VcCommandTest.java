package org.greenvalue.cli.vc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.cli.CliRun;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.cli.key.KeyFile;
import org.greenvalue.credentials.dataintegrity.Cryptosuites;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.ProofOptions;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.jose.JoseSigner;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VcCommandTest {

  @TempDir Path dir;
  private Path credential;

  @BeforeEach
  void writeCredential() throws Exception {
    try (var in = getClass().getResourceAsStream("/reduction-credential.json")) {
      credential = dir.resolve("reduction.json");
      Files.write(credential, in.readAllBytes());
    }
  }

  private Path key(String type) {
    Path key = dir.resolve(type + ".key.json");
    assertThat(CliRun.of("key", "generate", "--type", type, "--out", key.toString()).exitCode())
        .isZero();
    return key;
  }

  @ParameterizedTest
  @CsvSource({
    "Ed25519, vc+jwt",
    "P-256, vc+jwt",
    "Ed25519, eddsa-rdfc-2022",
    "Ed25519, eddsa-jcs-2022",
    "P-256, ecdsa-rdfc-2019"
  })
  void signsThenVerifiesOfflineAndCatchesATamper(String keyType, String format) throws Exception {
    Path signed = dir.resolve("signed");
    var sign =
        CliRun.of(
            "vc",
            "sign",
            "--key",
            key(keyType).toString(),
            "--format",
            format,
            "--out",
            signed.toString(),
            credential.toString());
    assertThat(sign.exitCode()).as(sign.err()).isEqualTo(ExitCodes.OK);

    var verify = CliRun.of("vc", "verify", signed.toString());
    assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.OK);
    assertThat(verify.out()).contains("PASSED  subject").endsWith("VALID" + System.lineSeparator());

    String text = Files.readString(signed);
    String tampered =
        format.equals("vc+jwt")
            ? text.substring(0, text.lastIndexOf('.') + 1)
                + "AAAA"
                + text.substring(text.lastIndexOf('.') + 5)
            : text.replace("EM-0042", "EM-0043");
    Files.writeString(signed, tampered);
    var forged = CliRun.of("vc", "verify", signed.toString());
    assertThat(forged.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(forged.out()).contains("FAILED").endsWith("INVALID" + System.lineSeparator());
  }

  @Test
  void refusesToSignAnInconsistentReduction() throws Exception {
    Files.writeString(
        credential, Files.readString(credential).replace("\"420.275\"", "\"420.300\""));
    var sign = CliRun.of("vc", "sign", "--key", key("Ed25519").toString(), credential.toString());
    assertThat(sign.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(sign.err()).contains("/reduction");
    assertThat(sign.out()).isEmpty();
  }

  @Test
  void refusesAnotherIssuerThanTheKey() throws Exception {
    Files.writeString(
        credential,
        Files.readString(credential)
            .replace(
                "\"validFrom\"",
                "\"issuer\":\"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2\",\"validFrom\""));
    var sign = CliRun.of("vc", "sign", "--key", key("Ed25519").toString(), credential.toString());
    assertThat(sign.exitCode()).isEqualTo(ExitCodes.INVALID);
  }

  @ParameterizedTest
  @CsvSource({
    "Ed25519, vc+jwt, jose.kid.controller",
    "Ed25519, eddsa-rdfc-2022, proof[0].controller",
    "Ed25519, eddsa-jcs-2022, proof[0].controller",
    "P-256, ecdsa-rdfc-2019, proof[0].controller"
  })
  void refusesACredentialNamingIssuerASignedByKeyB(String keyType, String format, String check)
      throws Exception {
    String issuerA = KeyFile.read(key(keyType)).value().did();
    Path bFile = dir.resolve("b.key.json");
    assertThat(
            CliRun.of("key", "generate", "--type", keyType, "--out", bFile.toString()).exitCode())
        .isZero();
    SigningKey b = KeyFile.read(bFile).value().key();
    JsonObject namingA =
        Json.createObjectBuilder(JsonDocuments.parseObject(Files.readString(credential)).value())
            .add("issuer", issuerA)
            .build();
    // gvr vc sign refuses to sign for another issuer: the forger signs with the library.
    String method = DidKeyResolver.methodFor(b.publicKey());
    String forged =
        format.equals("vc+jwt")
            ? new JoseSigner(b, method).secure(VerifiableCredential.of(namingA)).orElseThrow()
            : JsonDocuments.write(
                DataIntegrity.signer(
                        Cryptosuites.standard().find(format).orElseThrow(),
                        b,
                        ProofOptions.assertion(method))
                    .orElseThrow()
                    .sign(namingA)
                    .orElseThrow());
    Path file = dir.resolve("forged");
    Files.writeString(file, forged);

    var verify = CliRun.of("vc", "verify", file.toString());
    assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(verify.out())
        .contains("FAILED  " + check + ": ")
        .contains("not the issuer " + issuerA)
        .endsWith("INVALID" + System.lineSeparator());
  }

  @Test
  void refusesACredentialGivingAMemberTwice() throws Exception {
    Path key = key("Ed25519");
    Path signed = dir.resolve("signed");
    var sign =
        CliRun.of(
            "vc",
            "sign",
            "--key",
            key.toString(),
            "--format",
            "eddsa-jcs-2022",
            "--out",
            signed.toString(),
            credential.toString());
    assertThat(sign.exitCode()).as(sign.err()).isEqualTo(ExitCodes.OK);
    Files.writeString(
        signed, Files.readString(signed).replaceFirst("\\{", "{\"issuer\":\"did:key:z6MkOther\","));

    var verify = CliRun.of("vc", "verify", signed.toString());
    assertThat(verify.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(verify.out()).contains("FAILED  format: ").contains("Duplicate key 'issuer'");

    var resign = CliRun.of("vc", "sign", "--key", key.toString(), signed.toString());
    assertThat(resign.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(resign.err()).contains("Duplicate key 'issuer'");
  }

  @Test
  void reportsUsageErrorsWithExitTwo() throws Exception {
    Path key = key("Ed25519");
    assertThat(
            CliRun.of(
                    "vc", "sign", "--key", key.toString(), "--format", "rsa", credential.toString())
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            CliRun.of("vc", "sign", "--key", dir.resolve("none").toString(), credential.toString())
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            CliRun.of("vc", "sign", "--key", key.toString(), dir.resolve("none").toString())
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    Files.writeString(credential, "{not json");
    assertThat(CliRun.of("vc", "sign", "--key", key.toString(), credential.toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("vc", "verify", dir.resolve("none").toString()).exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("vc", "verify", credential.toString()).exitCode())
        .isEqualTo(ExitCodes.INVALID);
  }
}
