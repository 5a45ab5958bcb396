package org.greenvalue.evidence.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.SafeUnpacker;
import org.greenvalue.evidence.UnpackResult;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.check.PackReport.PackKind;
import org.greenvalue.evidence.fixtures.TestPacks;
import org.greenvalue.evidence.manifest.FileEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackDisclosureTest {
  private static final List<String> CHOSEN = List.of("report.txt", "meter/2024-q1.csv");

  @TempDir Path dir;
  private Path pack;
  private Path disclosed;
  private SealedPack sealed;

  @BeforeEach
  void discloseTwoOfThree() throws IOException {
    pack = dir.resolve("pack.zip");
    disclosed = dir.resolve("disclosed.zip");
    sealed = TestPacks.writeSample(pack);
    new PackDisclosure().disclose(pack, CHOSEN, disclosed).orElseThrow();
  }

  @Test
  void disclosureVerifiesAgainstTheOriginalRootAndDigest() {
    PackReport report =
        new PackVerifier()
            .verify(
                disclosed,
                Expectations.root(sealed.merkleRoot()).withManifestDigest(sealed.manifestDigest()));

    assertThat(report.kind()).isEqualTo(PackKind.DISCLOSED);
    assertThat(report.failures()).isEmpty();
    assertThat(report.checks())
        .extracting(Check::name)
        .contains("proof:meter/2024-q1.csv", "proof:report.txt", "file:report.txt");
  }

  @Test
  void disclosureFailsAgainstAnotherRoot() {
    PackReport report =
        new PackVerifier().verify(disclosed, Expectations.root(new Sha256Digest("ab".repeat(32))));
    assertThat(report.failures()).extracting(Check::name).containsExactly("expected.root");
  }

  @Test
  void modifiedDisclosedFileFails() throws IOException {
    PackReport report = verifyRewritten(e -> e.get("report.txt")[0] ^= 1);
    assertThat(report.failures()).extracting(Check::name).containsExactly("file:report.txt");
  }

  @Test
  void editedEntryNoLongerProvesInclusion() throws IOException {
    PackReport report =
        verifyRewritten(
            e ->
                e.put(
                    "disclosure.json",
                    replace(e.get("disclosure.json"), "text/plain", "text/html")));
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("proof:meter/2024-q1.csv", "proof:report.txt");
  }

  @Test
  void extraOrMissingFilesInADisclosureFail() throws IOException {
    assertThat(verifyRewritten(e -> e.put("baseline.json", new byte[] {1})).failures())
        .extracting(Check::name)
        .containsExactly("files.no-extra");
    assertThat(verifyRewritten(e -> e.remove("report.txt")).failures())
        .extracting(Check::name)
        .containsExactly("file:report.txt", "files.no-missing");
  }

  @Test
  void undisclosedFilesAppearOnlyAsSiblingHashes() throws IOException {
    Map<String, byte[]> entries = TestPacks.entries(disclosed);
    FileEntry hidden = sealed.manifest().entry("baseline.json").orElseThrow();
    String json = new String(entries.get("disclosure.json"), StandardCharsets.UTF_8);

    assertThat(entries.keySet())
        .containsExactlyInAnyOrder("meter/2024-q1.csv", "report.txt", "disclosure.json");
    assertThat(json)
        .doesNotContain("baseline.json", hidden.sha256().hex(), hidden.salt().base64url())
        .contains("\"manifestDigest\":\"" + sealed.manifestDigest() + "\"", "\"leafCount\":3");
  }

  @Test
  void refusesUnknownPathsNoPathsAndInvalidSources() throws IOException {
    Path out = dir.resolve("other.zip");
    PackDisclosure disclosure = new PackDisclosure();
    assertThat(disclosure.disclose(pack, List.of("nope.txt"), out))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("nope.txt"));
    assertThat(disclosure.disclose(pack, List.of(), out).succeeded()).isFalse();
    Path tampered = TestPacks.rewrite(pack, dir.resolve("t.zip"), e -> e.get("report.txt")[0] ^= 1);
    assertThat(disclosure.disclose(tampered, CHOSEN, out))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("does not verify"));
    assertThat(disclosure.disclose(disclosed, CHOSEN, out).succeeded()).isFalse();
    assertThat(out).doesNotExist();
  }

  @Test
  void disclosureUnpacksSafelyWithItsMetadata() throws IOException {
    Path target = dir.resolve("unpacked");
    UnpackResult result =
        new SafeUnpacker().unpack(disclosed, target, Expectations.root(sealed.merkleRoot()));
    assertThat(result).isInstanceOf(UnpackResult.Unpacked.class);
    assertThat(target.resolve("disclosure.json")).exists();
    assertThat(target.resolve("baseline.json")).doesNotExist();
  }

  @Test
  void archiveWithBothMetadataFilesIsRefused() throws IOException {
    Path both =
        TestPacks.rewrite(
            pack, dir.resolve("both.zip"), e -> e.putAll(uncheckedEntries(disclosed)));
    assertThat(new PackVerifier().verify(both).check("pack.kind").orElseThrow().failed()).isTrue();
  }

  private PackReport verifyRewritten(Consumer<Map<String, byte[]>> change) throws IOException {
    Path tampered = TestPacks.rewrite(disclosed, dir.resolve("tampered.zip"), change);
    return new PackVerifier().verify(tampered, Expectations.root(sealed.merkleRoot()));
  }

  private static byte[] replace(byte[] json, String from, String to) {
    return new String(json, StandardCharsets.UTF_8)
        .replace(from, to)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> uncheckedEntries(Path zip) {
    try {
      return Map.of("disclosure.json", TestPacks.entries(zip).get("disclosure.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void disclosedPackWrittenOverAnExistingFileReplacesIt() throws IOException {
    Files.writeString(dir.resolve("again.zip"), "old");
    new PackDisclosure()
        .disclose(pack, List.of("baseline.json"), dir.resolve("again.zip"))
        .orElseThrow();
    assertThat(new PackVerifier().verify(dir.resolve("again.zip")).valid()).isTrue();
  }
}
