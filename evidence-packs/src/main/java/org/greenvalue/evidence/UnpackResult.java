package org.greenvalue.evidence;

import java.nio.file.Path;
import org.greenvalue.evidence.check.VerificationReport;

/** What unpacking a pack came to. */
public sealed interface UnpackResult {
  VerificationReport report();

  /** Every check passed and the files are now in {@code directory}. */
  record Unpacked(Path directory, VerificationReport report) implements UnpackResult {}

  /** Some check failed; nothing was left behind. */
  record Refused(VerificationReport report) implements UnpackResult {}
}
