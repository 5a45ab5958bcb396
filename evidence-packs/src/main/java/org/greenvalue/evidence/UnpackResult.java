package org.greenvalue.evidence;

import java.nio.file.Path;
import org.greenvalue.evidence.check.PackReport;

/** What unpacking a pack came to. */
public sealed interface UnpackResult {
  PackReport report();

  /** Every check passed and the files are now in {@code directory}. */
  record Unpacked(Path directory, PackReport report) implements UnpackResult {}

  /** Some check failed; nothing was left behind. */
  record Refused(PackReport report) implements UnpackResult {}
}
