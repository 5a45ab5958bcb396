package org.greenvalue.cli.pack;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvr pack verify}: check a full or disclosed pack and print every check. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.USAGE,
    description = {
      "Verify a full or disclosed pack and print each check.",
      "Exit 0 valid, 1 invalid, 2 usage or I/O error."
    })
final class PackVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "Full or disclosed pack.")
  Path pack;

  @Option(names = "--expect-root", description = "Merkle root the pack must have (hex).")
  String expectRoot;

  @Option(names = "--expect-digest", description = "Manifest digest it must have (sha256:hex).")
  String expectDigest;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(pack)) {
      err.println("No such file: " + pack);
      return ExitCodes.USAGE;
    }
    Result<Optional<Sha256Digest>> root = optionalDigest("--expect-root", expectRoot);
    Result<Optional<Sha256Digest>> digest = optionalDigest("--expect-digest", expectDigest);
    for (Result<Optional<Sha256Digest>> parsed : List.of(root, digest)) {
      if (parsed instanceof Result.Failure<Optional<Sha256Digest>> bad) {
        err.println(bad.reason());
        return ExitCodes.USAGE;
      }
    }
    Expectations expected = new Expectations(root.orElseThrow(), digest.orElseThrow());
    PackReport report = new PackVerifier().verify(pack, expected);
    out.println("pack: " + pack + " (" + report.kind().name().toLowerCase() + ")");
    for (Check check : report.checks()) {
      out.printf("%-8s %s: %s%n", check.outcome(), check.name(), check.reason());
    }
    out.println(report.valid() ? "VALID" : "INVALID");
    if (report.valid() && root.orElseThrow().isEmpty()) {
      out.println("note: no --expect-root given; the pack is only consistent with itself");
    }
    out.flush();
    return report.valid() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private static Result<Optional<Sha256Digest>> optionalDigest(String option, String value) {
    if (value == null) {
      return Result.success(Optional.empty());
    }
    return switch (Sha256Digest.parseLenient(value.strip())) {
      case Result.Success<Sha256Digest> ok -> Result.success(Optional.of(ok.value()));
      case Result.Failure<Sha256Digest> bad -> Result.failure(option + ": " + bad.reason());
    };
  }
}
