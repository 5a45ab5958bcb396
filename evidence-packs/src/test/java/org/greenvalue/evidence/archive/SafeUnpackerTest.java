package org.greenvalue.evidence.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.SafeUnpacker;
import org.greenvalue.evidence.UnpackResult;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.fixtures.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeUnpackerTest {
  @TempDir Path dir;

  @Test
  void unpacksAVerifiedPackWithItsManifest() throws IOException {
    Path zip = dir.resolve("pack.zip");
    SealedPack sealed = TestPacks.writeSample(zip);
    Path target = dir.resolve("out/pack");

    UnpackResult result =
        new SafeUnpacker().unpack(zip, target, Expectations.root(sealed.merkleRoot()));

    assertThat(result).isInstanceOf(UnpackResult.Unpacked.class);
    assertThat(target.resolve("meter/2024-q1.csv")).hasContent("timestamp,kwh\n2024-01-01,12.5");
    assertThat(target.resolve("manifest.json")).exists();
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      assertThat(siblings).containsExactly(target);
    }
  }

  @Test
  void refusesAndRemovesEverythingWhenAFileDoesNotMatch() throws IOException {
    Path zip = dir.resolve("pack.zip");
    TestPacks.writeSample(zip);
    Path tampered =
        TestPacks.rewrite(zip, dir.resolve("tampered.zip"), e -> e.get("report.txt")[3] ^= 1);
    Path target = dir.resolve("out");

    UnpackResult result = new SafeUnpacker().unpack(tampered, target);

    assertThat(result).isInstanceOf(UnpackResult.Refused.class);
    assertThat(result.report().failures()).isNotEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(zip, tampered);
    }
  }

  @Test
  void refusesWhenTheExpectedRootDiffers() throws IOException {
    Path zip = dir.resolve("pack.zip");
    TestPacks.writeSample(zip);
    UnpackResult result =
        new SafeUnpacker()
            .unpack(zip, dir.resolve("out"), Expectations.root(new Sha256Digest("00".repeat(32))));
    assertThat(result).isInstanceOf(UnpackResult.Refused.class);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void refusesAnExistingTarget() throws IOException {
    Path zip = dir.resolve("pack.zip");
    TestPacks.writeSample(zip);
    Path target = Files.createDirectory(dir.resolve("out"));

    assertThat(new SafeUnpacker().unpack(zip, target))
        .isInstanceOfSatisfying(
            UnpackResult.Refused.class,
            r -> assertThat(r.report().failures().getFirst().reason()).contains("already exists"));
  }
}
