package org.greenvalue.cli.vc;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.cli.key.KeyFile;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvr vc sign}: secures an unsigned credential with a key file. The issuer defaults to the
 * key's did:key; a credential naming another issuer, breaking the data model or its subject's rules
 * is refused.
 */
@Command(
    name = "sign",
    description = "Sign a credential in one of the securing formats of --format.",
    mixinStandardHelpOptions = true)
final class VcSignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--key", required = true, description = "Key file from 'gvr key generate'.")
  Path keyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "vc+jwt",
      completionCandidates = FormatOption.Labels.class,
      converter = FormatOption.class,
      description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  SecuringFormat format;

  @Option(
      names = "--mandatory",
      paramLabel = "POINTER",
      description =
          "ecdsa-sd-2023: a JSON pointer every disclosure must reveal (issuer, validity and"
              + " status always are).")
  java.util.List<String> mandatory = java.util.List.of();

  @Option(names = "--out", description = "Write the secured credential here instead of stdout.")
  Path out;

  @Parameters(index = "0", description = "The unsigned credential (JSON).")
  Path credential;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var key = KeyFile.read(keyFile);
    if (!key.succeeded()) {
      err.println(key.reason());
      return ExitCodes.USAGE;
    }
    if (!Files.isReadable(credential)) {
      err.println("cannot read " + credential);
      return ExitCodes.USAGE;
    }
    var parsed = JsonDocuments.parseObject(Files.readString(credential));
    if (!parsed.succeeded()) {
      err.println(credential + ": " + parsed.reason());
      return ExitCodes.USAGE;
    }
    var document = parsed.value();
    String did = key.value().did();
    if (!document.containsKey("issuer")) {
      document = Json.createObjectBuilder(document).add("issuer", did).build();
    }
    var signer =
        new CredentialSigner(
            key.value().key(), key.value().verificationMethod(), Clock.systemUTC());
    var secured = signer.sign(document, format, mandatory);
    if (!secured.succeeded()) {
      err.println(secured.reason());
      return ExitCodes.INVALID;
    }
    if (out == null) {
      spec.commandLine().getOut().println(secured.value());
    } else {
      Files.writeString(out, secured.value() + "\n");
    }
    return ExitCodes.OK;
  }
}
