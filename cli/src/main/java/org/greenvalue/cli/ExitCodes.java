package org.greenvalue.cli;

/** Exit codes of every {@code gvr} command. */
public final class ExitCodes {
  /** The command did what was asked; for verification, everything verified. */
  public static final int OK = 0;

  /** Verification ran and found the input invalid (a failed check). */
  public static final int INVALID = 1;

  /** Bad usage, unreadable or malformed input: nothing was verified or written. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
