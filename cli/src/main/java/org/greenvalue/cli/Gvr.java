package org.greenvalue.cli;

import org.greenvalue.cli.pack.PackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of the {@code gvr} command line. Every top-level command is listed here. */
@Command(
    name = "gvr",
    mixinStandardHelpOptions = true,
    version = "gvr 0.1.0-SNAPSHOT",
    description = "Green Value Registry: evidence packs, keys and credentials, offline.",
    subcommands = {PackCommand.class})
public final class Gvr implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Gvr()).execute(args));
  }
}
