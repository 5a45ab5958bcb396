package org.greenvalue.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.archive.PackLimits;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.check.PackReport.PackKind;

/**
 * Unpacks a full or disclosed pack only if it verifies completely. Files go to a fresh temporary
 * directory beside the target, which is moved into place on success and deleted on failure, so a
 * hostile or damaged pack leaves nothing behind, inside the target or outside it.
 */
public final class SafeUnpacker {
  private final PackVerifier verifier;

  public SafeUnpacker() {
    this(PackLimits.defaults());
  }

  public SafeUnpacker(PackLimits limits) {
    this.verifier = new PackVerifier(limits);
  }

  /** Unpacks into {@code target}, which must not exist yet. */
  public UnpackResult unpack(Path pack, Path target, Expectations expected) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return refused("target " + absolute + " already exists");
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".unpack-");
    try {
      PackReport report = verifier.verify(pack, expected, new DirectorySink(staging));
      if (!report.valid()) {
        return new UnpackResult.Refused(report);
      }
      Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
      return new UnpackResult.Unpacked(absolute, report);
    } finally {
      deleteTree(staging);
    }
  }

  public UnpackResult unpack(Path pack, Path target) throws IOException {
    return unpack(pack, target, Expectations.none());
  }

  private static UnpackResult refused(String reason) {
    return new UnpackResult.Refused(
        new PackReport(PackKind.UNKNOWN, List.of(Check.failed("unpack.target", reason))));
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
