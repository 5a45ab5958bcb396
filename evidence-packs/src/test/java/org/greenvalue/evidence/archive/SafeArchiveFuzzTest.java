package org.greenvalue.evidence.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes offered as an evidence pack: the archive is refused as a failed result, or opened, and
 * every entry is then read within the limits or refused as a failed result. Nothing throws.
 */
class SafeArchiveFuzzTest {
  private static final PackLimits LIMITS =
      PackLimits.defaults().withMaxEntries(64).withMaxTotalBytes(1 << 20);

  @FuzzTest(maxDuration = "1m")
  void archiveIsRefusedOrReadWithinItsLimits(FuzzedDataProvider data) throws IOException {
    Path file = Files.createTempFile("fuzz-pack", ".zip");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      var opened = SafeArchive.open(file, LIMITS);
      if (!opened.succeeded()) {
        assertThat(opened.reason()).isNotBlank();
        return;
      }
      try (SafeArchive archive = opened.value()) {
        for (String name : archive.names()) {
          var copied = archive.copy(name, 1 << 20, OutputStream.nullOutputStream());
          assertThat(copied.succeeded() || !copied.reason().isBlank()).isTrue();
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
