package org.greenvalue.cli.pack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.disclosure.DisclosedEntry;
import org.greenvalue.evidence.disclosure.Disclosure;
import org.greenvalue.evidence.disclosure.PackDisclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvr pack disclose}: derive a pack holding only some files, with inclusion proofs. */
@Command(
    name = "disclose",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.USAGE,
    description = "Write a disclosed pack holding only PATHS, provable against the full root.")
final class PackDiscloseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "The full pack.")
  Path pack;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATHS", description = "Paths to show.")
  List<String> paths;

  @Option(names = "--out", required = true, description = "The disclosed pack to write.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(pack)) {
      err.println("No such file: " + pack);
      return ExitCodes.USAGE;
    }
    try {
      return switch (new PackDisclosure().disclose(pack, paths, out)) {
        case Result.Success<Disclosure> ok -> print(ok.value());
        case Result.Failure<Disclosure> refused -> {
          err.println("Cannot disclose: " + refused.reason());
          yield ExitCodes.INVALID;
        }
      };
    } catch (IOException e) {
      err.println("Cannot write " + out + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private int print(Disclosure disclosure) {
    JsonArrayBuilder disclosed = Json.createArrayBuilder();
    disclosure.disclosed().stream()
        .map(DisclosedEntry::entry)
        .forEach(e -> disclosed.add(e.path().value()));
    JsonOut.print(
        spec.commandLine().getOut(),
        Json.createObjectBuilder()
            .add("packId", disclosure.packId())
            .add("merkleRoot", disclosure.merkleRoot().hex())
            .add("leafCount", disclosure.leafCount())
            .add("disclosed", disclosed)
            .build());
    return ExitCodes.OK;
  }
}
