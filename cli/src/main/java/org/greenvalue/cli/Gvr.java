package org.greenvalue.cli;

import org.greenvalue.cli.key.KeyCommand;
import org.greenvalue.cli.pack.PackCommand;
import org.greenvalue.cli.vc.VcCommand;
import org.greenvalue.cli.verify.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gvr} command line: evidence packs, keys and credentials, fully offline. Every
 * top-level command is listed here.
 */
@Command(
    name = "gvr",
    mixinStandardHelpOptions = true,
    version = "gvr 0.1.0",
    description = "Green Value Registry: evidence packs, keys, credentials and verification.",
    subcommands = {PackCommand.class, KeyCommand.class, VcCommand.class, VerifyCommand.class})
public final class Gvr implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and embedding; invalid usage exits 2. */
  public static CommandLine commandLine() {
    return new CommandLine(new Gvr());
  }
}
