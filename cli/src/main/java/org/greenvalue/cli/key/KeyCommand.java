package org.greenvalue.cli.key;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gvr key generate}: a new Ed25519 or P-256 key, stored as a did:key key file. */
@Command(
    name = "key",
    description = "Manage signing keys.",
    mixinStandardHelpOptions = true,
    subcommands = {KeyCommand.Generate.class})
public final class KeyCommand {

  @Command(
      name = "generate",
      description = "Generate a key pair; prints its did:key and public key, writes the secret.",
      mixinStandardHelpOptions = true)
  static final class Generate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--type",
        defaultValue = "Ed25519",
        description = "Ed25519, P-256 or P-384 (default ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--out", required = true, description = "Key file to write (mode 600).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing key file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
      var keyType = KeyType.ofCurve(type);
      if (keyType.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("unknown key type " + type + "; use Ed25519, P-256 or P-384");
        return ExitCodes.USAGE;
      }
      if (Files.exists(out) && !force) {
        spec.commandLine().getErr().println(out + " exists; use --force to overwrite");
        return ExitCodes.USAGE;
      }
      var file = new KeyFile(SigningKey.generate(keyType.get()));
      file.write(out);
      spec.commandLine().getOut().println(JsonDocuments.write(file.publicJson()));
      return ExitCodes.OK;
    }
  }
}
