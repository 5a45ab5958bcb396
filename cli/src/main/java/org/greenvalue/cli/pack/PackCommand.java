package org.greenvalue.cli.pack;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gvr pack}: create, verify and disclose evidence packs. */
@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    description = "Create, verify and selectively disclose evidence packs.",
    subcommands = {PackCreateCommand.class, PackVerifyCommand.class, PackDiscloseCommand.class})
public final class PackCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a pack command");
  }
}
