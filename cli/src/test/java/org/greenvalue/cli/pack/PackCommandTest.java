package org.greenvalue.cli.pack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.greenvalue.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
  @TempDir Path dir;
  private Path pack;
  private JsonObject created;

  @BeforeEach
  void createPack() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path meter = Files.writeString(dir.resolve("data/meter.csv"), "t,kwh\n1,2\n");
    Path note = Files.writeString(dir.resolve("note.bin"), "opaque");
    pack = dir.resolve("pack.zip");
    CliRun run =
        CliRun.of(
            "pack",
            "create",
            "--subject",
            "urn:example:claim:1",
            "--out",
            pack.toString(),
            "--media-type",
            "note.bin=application/x-note",
            meter.toString(),
            note.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    created = Json.createReader(new StringReader(run.out())).readObject();
  }

  @Test
  void createPrintsIdDigestAndRoot() {
    assertThat(created.getString("packId")).startsWith("urn:uuid:");
    assertThat(created.getString("manifestDigest")).matches("sha256:[0-9a-f]{64}");
    assertThat(created.getString("merkleRoot")).matches("[0-9a-f]{64}");
    assertThat(created.getInt("files")).isEqualTo(2);
  }

  @Test
  void verifyAcceptsTheCreatedPackWithItsExpectedRootAndDigest() {
    CliRun run =
        CliRun.of(
            "pack",
            "verify",
            pack.toString(),
            "--expect-root",
            created.getString("merkleRoot"),
            "--expect-digest",
            created.getString("manifestDigest"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("PASSED   file:meter.csv", "PASSED   expected.root", "VALID")
        .doesNotContain("INVALID");
  }

  @Test
  void verifyGivesExitOneForATamperedPack() throws IOException {
    Path tampered = dir.resolve("tampered.zip");
    Map<String, byte[]> entries = entries(pack);
    entries.get("note.bin")[0] ^= 1;
    writeZip(tampered, entries);

    CliRun run = CliRun.of("pack", "verify", tampered.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED   file:note.bin", "INVALID");
  }

  @Test
  void verifyGivesExitOneForAnotherExpectedRoot() {
    CliRun run = CliRun.of("pack", "verify", pack.toString(), "--expect-root", "0".repeat(64));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED   expected.root");
  }

  @Test
  void verifyGivesExitTwoForAMissingFileOrMalformedDigest() {
    CliRun missing = CliRun.of("pack", "verify", dir.resolve("absent.zip").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("No such file");

    CliRun malformed = CliRun.of("pack", "verify", pack.toString(), "--expect-root", "xyz");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("--expect-root");
  }

  @Test
  void discloseThenVerifyTheDisclosedPackAgainstTheFullRoot() {
    Path disclosed = dir.resolve("disclosed.zip");
    CliRun disclose =
        CliRun.of("pack", "disclose", pack.toString(), "--out", disclosed.toString(), "meter.csv");
    assertThat(disclose.exitCode()).as(disclose.err()).isZero();
    assertThat(disclose.out()).contains("\"leafCount\": 2", "meter.csv");

    CliRun verify =
        CliRun.of(
            "pack",
            "verify",
            disclosed.toString(),
            "--expect-root",
            created.getString("merkleRoot"));
    assertThat(verify.exitCode()).isZero();
    assertThat(verify.out()).contains("(disclosed)", "PASSED   proof:meter.csv", "VALID");
  }

  @Test
  void discloseRefusesUnknownPathsAndMissingPacks() {
    Path out = dir.resolve("d.zip");
    assertThat(CliRun.of("pack", "disclose", pack.toString(), "--out", out.toString(), "nope"))
        .returns(1, CliRun::exitCode);
    assertThat(
            CliRun.of("pack", "disclose", dir.resolve("x.zip").toString(), "--out", "o.zip", "a")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void createGivesExitTwoForMissingFilesOrBadInput() {
    Path out = dir.resolve("p2.zip");
    CliRun missing =
        CliRun.of(
            "pack",
            "create",
            "--subject",
            "s",
            "--out",
            out.toString(),
            dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("No such file");

    CliRun badType =
        CliRun.of(
            "pack",
            "create",
            "--subject",
            "s",
            "--out",
            out.toString(),
            "--media-type",
            "pack.zip=nonsense",
            pack.toString());
    assertThat(badType.exitCode()).isEqualTo(2);
    assertThat(badType.err()).contains("not a media type");

    CliRun unused =
        CliRun.of(
            "pack",
            "create",
            "--subject",
            "s",
            "--out",
            out.toString(),
            "--media-type",
            "z=a/b",
            pack.toString());
    assertThat(unused.exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void usageErrorsExitTwoAndHelpWorks() {
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
    assertThat(CliRun.of("pack").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("pack", "create").exitCode()).isEqualTo(2);
    CliRun help = CliRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("pack");
  }

  @Test
  void guessesMediaTypesFromNames() {
    assertThat(PackCreateCommand.guess("a.json")).isEqualTo("application/json");
    assertThat(PackCreateCommand.guess("a.csv")).isEqualTo("text/csv");
    assertThat(PackCreateCommand.guess("a.unknownext")).isEqualTo("application/octet-stream");
  }

  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
      }
    }
    return entries;
  }

  private static void writeZip(Path target, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      List<String> names = new ArrayList<>(entries.keySet());
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(entries.get(name));
        zip.closeEntry();
      }
    }
  }
}
