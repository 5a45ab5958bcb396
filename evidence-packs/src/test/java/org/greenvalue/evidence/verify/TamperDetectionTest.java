package org.greenvalue.evidence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.fixtures.TestPacks;
import org.greenvalue.evidence.manifest.CanonicalJson;
import org.greenvalue.evidence.manifest.FileEntryJson;
import org.greenvalue.evidence.manifest.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TamperDetectionTest {
  @TempDir Path dir;
  private Path pack;
  private SealedPack sealed;
  private Expectations expected;

  @BeforeEach
  void seal() throws IOException {
    pack = dir.resolve("pack.zip");
    sealed = TestPacks.writeSample(pack);
    expected = Expectations.root(sealed.merkleRoot()).withManifestDigest(sealed.manifestDigest());
  }

  @Test
  void changedFileByteFailsThatFileOnly() throws IOException {
    PackReport report = verify(e -> e.get("report.txt")[0] ^= 1);
    assertThat(report.failures()).extracting(Check::name).containsExactly("file:report.txt");
    assertThat(report.check("file:report.txt").orElseThrow().reason()).contains("sha256 is");
  }

  @Test
  void appendedBytesFailAsASizeMismatch() throws IOException {
    PackReport report =
        verify(e -> e.put("baseline.json", (new String(e.get("baseline.json")) + " ").getBytes()));
    assertThat(report.check("file:baseline.json").orElseThrow().reason()).contains("inflates past");
  }

  @Test
  void truncatedFileFailsAsASizeMismatch() throws IOException {
    PackReport report = verify(e -> e.put("baseline.json", new byte[1]));
    assertThat(report.check("file:baseline.json").orElseThrow().reason()).contains("size is 1");
  }

  @Test
  void extraFileIsReported() throws IOException {
    PackReport report = verify(e -> e.put("smuggled.txt", new byte[] {1}));
    assertThat(report.failures()).extracting(Check::name).containsExactly("files.no-extra");
  }

  @Test
  void missingFileIsReported() throws IOException {
    PackReport report = verify(e -> e.remove("meter/2024-q1.csv"));
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("file:meter/2024-q1.csv", "files.no-missing");
  }

  @Test
  void missingManifestMakesTheKindUnknown() throws IOException {
    PackReport report = verify(e -> e.remove("manifest.json"));
    assertThat(report.kind()).isEqualTo(PackReport.PackKind.UNKNOWN);
    assertThat(report.check("pack.kind").orElseThrow().failed()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "size,1000",
    "sha256,0000000000000000000000000000000000000000000000000000000000000000",
    "salt,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "mediaType,application/pdf"
  })
  void changedManifestEntryFieldBreaksTheRoot(String field, String value) throws IOException {
    PackReport report =
        verify(e -> e.put("manifest.json", editEntry(e.get("manifest.json"), field, value, false)));
    assertThat(report.check("merkle.root").orElseThrow().failed()).isTrue();
    assertThat(report.check("expected.digest").orElseThrow().failed()).isTrue();
  }

  @Test
  void editedEntryWithRecomputedRootStillFailsTheExpectedRoot() throws IOException {
    PackReport report =
        verify(
            e ->
                e.put(
                    "manifest.json",
                    editEntry(e.get("manifest.json"), "salt", "A".repeat(43), true)));
    assertThat(report.check("merkle.root").orElseThrow().outcome()).isEqualTo(Check.Outcome.PASSED);
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("expected.root", "expected.digest");
  }

  @Test
  void changedRootFailsBothTheRecomputationAndTheExpectation() throws IOException {
    PackReport report =
        verify(
            e ->
                e.put(
                    "manifest.json",
                    edit(e.get("manifest.json"), m -> m.add("merkleRoot", "00".repeat(32)))));
    assertThat(report.failures())
        .extracting(Check::name)
        .containsExactly("merkle.root", "expected.root", "expected.digest");
  }

  @Test
  void changedSubjectFailsOnlyTheManifestDigest() throws IOException {
    PackReport report =
        verify(
            e -> e.put("manifest.json", edit(e.get("manifest.json"), m -> m.add("subject", "x"))));
    assertThat(report.failures()).extracting(Check::name).containsExactly("expected.digest");
  }

  @Test
  void garbledManifestIsReportedAndFileChecksSkipped() throws IOException {
    PackReport report = verify(e -> e.put("manifest.json", "{oops".getBytes()));
    assertThat(report.check("manifest.valid").orElseThrow().failed()).isTrue();
    assertThat(report.check("files").orElseThrow().outcome()).isEqualTo(Check.Outcome.SKIPPED);
  }

  @Test
  void withoutExpectationsThoseChecksAreSkippedNotPassed() {
    PackReport report = new PackVerifier().verify(pack);
    assertThat(report.valid()).isTrue();
    assertThat(report.check("expected.root").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.SKIPPED);
  }

  private PackReport verify(Consumer<Map<String, byte[]>> change) throws IOException {
    Path tampered = TestPacks.rewrite(pack, dir.resolve("tampered.zip"), change);
    return new PackVerifier().verify(tampered, expected);
  }

  private static byte[] editEntry(byte[] manifest, String field, String value, boolean fixRoot) {
    return edit(
        manifest,
        m -> {
          JsonObject original = parse(manifest);
          JsonArrayBuilder files = Json.createArrayBuilder();
          var entries = new java.util.ArrayList<org.greenvalue.evidence.manifest.FileEntry>();
          for (JsonValue f : original.getJsonArray("files")) {
            JsonObject entry = f.asJsonObject();
            if (entry.getString("path").equals("report.txt")) {
              var b = Json.createObjectBuilder(entry);
              entry =
                  (field.equals("size") ? b.add(field, Long.parseLong(value)) : b.add(field, value))
                      .build();
            }
            files.add(entry);
            entries.add(FileEntryJson.read(entry, "entry", new java.util.ArrayList<>()));
          }
          m.add("files", files);
          if (fixRoot) {
            m.add("merkleRoot", Sha256Digest.fromBytes(Manifest.merkleTree(entries).root()).hex());
          }
          return m;
        });
  }

  private static byte[] edit(
      byte[] manifest, UnaryOperator<jakarta.json.JsonObjectBuilder> change) {
    return CanonicalJson.bytes(change.apply(Json.createObjectBuilder(parse(manifest))).build());
  }

  private static JsonObject parse(byte[] json) {
    return Json.createReader(new java.io.StringReader(new String(json, StandardCharsets.UTF_8)))
        .readObject();
  }
}
