package org.greenvalue.cli.pack;

/** Exit codes shared by the pack commands. */
final class ExitCode {
  /** Done; for verify, the pack is valid. */
  static final int OK = 0;

  /** The pack (or the source of a disclosure) does not verify. */
  static final int INVALID = 1;

  /** Bad usage, a missing file, or an I/O failure. */
  static final int ERROR = 2;

  private ExitCode() {}
}
