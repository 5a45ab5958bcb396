package org.greenvalue.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.archive.PackLimits;
import org.greenvalue.evidence.archive.SafeArchive;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.check.PackReport.PackKind;
import org.greenvalue.evidence.disclosure.DisclosedPackVerifier;
import org.greenvalue.evidence.disclosure.Disclosure;
import org.greenvalue.evidence.manifest.Manifest;
import org.greenvalue.evidence.verify.EntrySink;
import org.greenvalue.evidence.verify.FullPackVerifier;

/**
 * Verifies a full or a disclosed pack, told apart by which metadata file it holds, and reports
 * every check. Reads the archive defensively and streams every file; writes nothing.
 */
public final class PackVerifier {
  private final PackLimits limits;

  public PackVerifier() {
    this(PackLimits.defaults());
  }

  public PackVerifier(PackLimits limits) {
    this.limits = limits;
  }

  public PackReport verify(Path pack) {
    return verify(pack, Expectations.none());
  }

  public PackReport verify(Path pack, Expectations expected) {
    try {
      return verify(pack, expected, EntrySink.DISCARD);
    } catch (IOException e) {
      return new PackReport(
          PackKind.UNKNOWN, List.of(Check.failed("archive.readable", e.getMessage())));
    }
  }

  /** Verifies while handing each verified byte to {@code sink}; sink failures are thrown. */
  PackReport verify(Path pack, Expectations expected, EntrySink sink) throws IOException {
    List<Check> checks = new ArrayList<>();
    Result<SafeArchive> opened = SafeArchive.open(pack, limits);
    if (opened instanceof Result.Failure<SafeArchive> err) {
      checks.add(Check.failed("archive.safe", err.reason()));
      return new PackReport(PackKind.UNKNOWN, checks);
    }
    try (SafeArchive archive = opened.orElseThrow()) {
      checks.add(
          Check.passed(
              "archive.safe",
              archive.names().size() + " entries, all regular files with safe, distinct paths"));
      boolean full = archive.contains(Manifest.FILE_NAME);
      boolean disclosed = archive.contains(Disclosure.FILE_NAME);
      if (full == disclosed) {
        checks.add(
            Check.failed(
                "pack.kind",
                full
                    ? "holds both manifest.json and disclosure.json"
                    : "holds neither manifest.json nor disclosure.json"));
        return new PackReport(PackKind.UNKNOWN, checks);
      }
      return full
          ? FullPackVerifier.verify(archive, expected, sink, checks).report()
          : DisclosedPackVerifier.verify(archive, expected, sink, checks);
    }
  }
}
