package org.greenvalue.cli.vc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver;
import org.greenvalue.credentials.json.JsonDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvr vc derive}: from a credential with an ecdsa-sd-2023 base proof, the holder makes a
 * derived credential that reveals the issuer's mandatory fields and the fields named by {@code
 * --reveal} JSON pointers, and nothing else.
 */
@Command(
    name = "derive",
    description =
        "Derive an ecdsa-sd-2023 disclosure: reveal only the mandatory fields and those named.",
    mixinStandardHelpOptions = true)
final class VcDeriveCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--reveal",
      paramLabel = "POINTER",
      description = "A JSON pointer (RFC 6901) to a field to reveal, e.g. /credentialSubject/pcf.")
  List<String> reveal = List.of();

  @Option(names = "--out", description = "Write the derived credential here instead of stdout.")
  Path out;

  @Parameters(index = "0", description = "The credential with an ecdsa-sd-2023 base proof.")
  Path credential;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if (!Files.isReadable(credential)) {
      err.println("cannot read " + credential);
      return ExitCodes.USAGE;
    }
    var parsed = JsonDocuments.parseObject(Files.readString(credential));
    if (!parsed.succeeded()) {
      err.println(credential + ": " + parsed.reason());
      return ExitCodes.USAGE;
    }
    var derived = EcdsaSdDeriver.derive(parsed.value(), reveal);
    if (!derived.succeeded()) {
      err.println(derived.reason());
      return ExitCodes.INVALID;
    }
    String text = JsonDocuments.write(derived.value());
    if (out == null) {
      spec.commandLine().getOut().println(text);
    } else {
      Files.writeString(out, text + "\n");
    }
    return ExitCodes.OK;
  }
}
