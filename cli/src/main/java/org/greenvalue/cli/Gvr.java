package org.greenvalue.cli;

import org.greenvalue.cli.key.KeyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gvr} command line: evidence packs, keys and credentials, fully offline. */
@Command(
    name = "gvr",
    mixinStandardHelpOptions = true,
    version = "gvr 0.1.0",
    description = "Green Value Registry command line (offline).",
    subcommands = {KeyCommand.class})
public final class Gvr {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and embedding. */
  public static CommandLine commandLine() {
    return new CommandLine(new Gvr()); // picocli exits 2 on invalid usage, as ExitCodes.USAGE
  }
}
