package org.greenvalue.evidence.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.fixtures.TestPacks;
import org.greenvalue.evidence.hash.FileHasher;
import org.greenvalue.evidence.manifest.CanonicalJson;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.manifest.ManifestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackBuilderTest {
  @TempDir Path dir;

  @Test
  void sealedPackVerifiesAgainstItsOwnRootAndDigest() throws IOException {
    Path zip = dir.resolve("pack.zip");
    SealedPack sealed = TestPacks.writeSample(zip);

    var report =
        new PackVerifier()
            .verify(
                zip,
                Expectations.root(sealed.merkleRoot()).withManifestDigest(sealed.manifestDigest()));

    assertThat(report.failures()).isEmpty();
    assertThat(report.valid()).isTrue();
    assertThat(sealed.packId()).isEqualTo("urn:uuid:6f1c2b8e-1d2a-4c1e-9a63-0d7e5e3c2a10");
  }

  @Test
  void manifestListsFilesSortedWithSizesHashesAndDistinctSalts() throws IOException {
    Path zip = dir.resolve("pack.zip");
    SealedPack sealed = TestPacks.writeSample(zip);

    assertThat(sealed.manifest().files())
        .extracting(f -> f.path().value())
        .containsExactly("baseline.json", "meter/2024-q1.csv", "report.txt");
    FileEntry report = sealed.manifest().entry("report.txt").orElseThrow();
    assertThat(report.size()).isEqualTo(31);
    assertThat(report.sha256())
        .isEqualTo(
            new FileHasher()
                .hash(new ByteArrayInputStream("Measured reduction: 312.5 tCO2e".getBytes()))
                .sha256());
    assertThat(sealed.manifest().files()).extracting(FileEntry::salt).doesNotHaveDuplicates();
  }

  @Test
  void manifestInTheArchiveIsCanonicalSoItsFileHashIsTheManifestDigest() throws IOException {
    Path zip = dir.resolve("pack.zip");
    SealedPack sealed = TestPacks.writeSample(zip);
    byte[] stored = TestPacks.entries(zip).get("manifest.json");

    assertThat(stored).isEqualTo(CanonicalJson.bytes(sealed.manifest().toJson()));
    assertThat(ManifestJson.parse(stored)).isEqualTo(Result.success(sealed.manifest()));
    assertThat(new FileHasher().hash(new ByteArrayInputStream(stored)).sha256())
        .isEqualTo(sealed.manifestDigest());
  }

  @Test
  void packsFilesFromDiskAndWritesToAStreamLeftOpen() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Result<SealedPack> sealed =
        TestPacks.builder()
            .subject("claim-7")
            .addFile("data/in.csv", "text/csv", file)
            .writeTo(out);

    assertThat(sealed.succeeded()).isTrue();
    out.write(0); // still open
    Path zip =
        Files.write(
            dir.resolve("p.zip"), java.util.Arrays.copyOf(out.toByteArray(), out.size() - 1));
    assertThat(new PackVerifier().verify(zip).valid()).isTrue();
  }

  @Test
  void collectsEveryInputProblemAndWritesNothing() throws IOException {
    Path target = dir.resolve("never.zip");
    Result<SealedPack> result =
        TestPacks.builder()
            .addFile("ok.txt", "text/plain", dir.resolve("missing.txt"))
            .addStream("../up.txt", "text/plain", new ByteArrayInputStream(new byte[0]))
            .addStream("a.txt", "plain", new ByteArrayInputStream(new byte[0]))
            .addStream("dup.txt", "text/plain", new ByteArrayInputStream(new byte[0]))
            .addStream("DUP.txt", "text/plain", new ByteArrayInputStream(new byte[0]))
            .writeTo(target);

    assertThat(result)
        .isInstanceOfSatisfying(
            Result.Failure.class,
            err ->
                assertThat(err.reason())
                    .contains(
                        "not a readable regular file",
                        "traversal",
                        "not a media type",
                        "differ only in case",
                        "needs a subject"));
    assertThat(target).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void refusesAnEmptyPack() throws IOException {
    assertThat(TestPacks.builder().subject("s").writeTo(new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            Result.Failure.class, err -> assertThat(err.reason()).contains("at least one file"));
  }
}
