package org.greenvalue.evidence.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.SafeUnpacker;
import org.greenvalue.evidence.UnpackResult;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.fixtures.HostileZip;
import org.greenvalue.evidence.fixtures.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HostileArchiveTest {
  private static final byte[] X = {'x'};
  private static Map<String, byte[]> valid;

  @TempDir Path dir;

  @BeforeAll
  static void sealValidPack(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("valid.zip");
    TestPacks.writeSample(zip);
    valid = TestPacks.entries(zip);
  }

  static Stream<Arguments> hostileArchives() {
    return Stream.of(
        hostile("parent traversal", z -> z.add("../evil.txt", X), "path traversal"),
        hostile("nested traversal", z -> z.add("meter/../../evil.txt", X), "path traversal"),
        hostile("absolute path", z -> z.add("/tmp/evil.txt", X), "absolute path"),
        hostile("backslash", z -> z.withJdkWriter().add("..\\evil.txt", X), "backslash"),
        hostile("inner backslash", z -> z.withJdkWriter().add("a\\b.txt", X), "backslash"),
        hostile("drive letter", z -> z.add("C:/evil.txt", X), "colon"),
        hostile("symlink", z -> z.add("link", "/etc/passwd".getBytes(), 0120777), "symbolic link"),
        hostile("directory entry", z -> z.add("docs/", new byte[0]), "directory entry"),
        hostile("directory by mode bits", z -> z.add("docs", X, 040755), "directory entry"),
        hostile("fifo", z -> z.add("pipe", X, 010644), "special file"),
        hostile("exact duplicate", z -> z.add("report.txt", X), "duplicate entry 'report.txt'"),
        hostile("case duplicate", z -> z.add("REPORT.txt", X), "differ only in case"),
        hostile("file used as folder", z -> z.add("report.txt/x", X), "also used as a directory"),
        hostile("duplicate manifest", z -> z.add("manifest.json", X), "duplicate entry"),
        hostile("empty segment", z -> z.add("a//b", X), "empty segment"));
  }

  private static Arguments hostile(String name, HostileCase build, String problem) {
    return Arguments.of(name, build, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileArchives")
  void verifierRefusesHostileArchiveNamingTheProblem(String name, HostileCase build, String problem)
      throws IOException {
    Path zip = write(build);
    PackReport report = new PackVerifier().verify(zip);

    assertThat(report.valid()).isFalse();
    assertThat(report.check("archive.safe").orElseThrow())
        .returns(true, Check::failed)
        .extracting(Check::reason)
        .asString()
        .contains(problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileArchives")
  void unpackerLeavesNothingBehindForHostileArchive(String name, HostileCase build, String problem)
      throws IOException {
    Path zip = write(build);
    Path target = dir.resolve("out");

    UnpackResult result = new SafeUnpacker().unpack(zip, target);

    assertThat(result).isInstanceOf(UnpackResult.Refused.class);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(zip);
    }
    assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void refusesAnArchiveDeclaringTooManyEntriesBeforeLoadingIt() throws IOException {
    PackReport report =
        new PackVerifier(PackLimits.defaults().withMaxEntries(3)).verify(write(z -> {}));
    assertThat(report.check("archive.safe").orElseThrow().reason())
        .contains("declares 4 entries, more than the limit of 3");
  }

  @Test
  void refusesHighlyCompressedEntryOnItsInflatedBytes() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    Path zeros = dir.resolve("zeros.bin");
    try (OutputStream out = Files.newOutputStream(zeros)) {
      TestPacks.writeRepeated(out, 20L << 20, (byte) 0);
    }
    TestPacks.builder()
        .subject("bomb")
        .addFile("zeros.bin", "application/octet-stream", zeros)
        .writeTo(zip)
        .orElseThrow();

    PackReport report = new PackVerifier().verify(zip);

    assertThat(report.check("file:zeros.bin").orElseThrow().reason())
        .contains("compression ratio limit of 100:1");
    PackLimits lenient = PackLimits.defaults().withCompressionRatio(1 << 20, 2000);
    assertThat(new PackVerifier(lenient).verify(zip).valid()).isTrue();
  }

  @Test
  void enforcesTotalAndPerEntryLimitsOnActualBytes() throws IOException {
    Path zip = write(z -> {});
    PackLimits tinyTotal = PackLimits.defaults().withMaxTotalBytes(100);
    PackLimits tinyEntry = PackLimits.defaults().withMaxEntryBytes(20);

    assertThat(new PackVerifier(tinyTotal).verify(zip).failures())
        .extracting(Check::reason)
        .anyMatch(r -> r.contains("total limit of 100"));
    assertThat(new PackVerifier(tinyEntry).verify(zip).failures())
        .extracting(Check::reason)
        .anyMatch(r -> r.contains("per-entry limit of 20"));
  }

  @Test
  void refusesFilesThatAreNotZipArchives() throws IOException {
    Path junk = Files.write(dir.resolve("junk.zip"), "not a zip at all".getBytes());
    assertThat(new PackVerifier().verify(junk).check("archive.safe").orElseThrow().reason())
        .contains("not a ZIP archive");
    assertThat(new PackVerifier().verify(dir.resolve("absent.zip")).valid()).isFalse();
  }

  @Test
  void refusesAnEmptyArchive() throws IOException {
    Path empty = Files.write(dir.resolve("empty.zip"), new HostileZip().bytes());
    assertThat(new PackVerifier().verify(empty).check("archive.safe").orElseThrow().reason())
        .contains("archive is empty");
  }

  private Path write(HostileCase build) throws IOException {
    HostileZip zip = HostileZip.startingWith(valid);
    build.apply(zip);
    return Files.write(dir.resolve("hostile.zip"), zip.bytes());
  }

  @FunctionalInterface
  interface HostileCase {
    void apply(HostileZip zip);
  }
}
