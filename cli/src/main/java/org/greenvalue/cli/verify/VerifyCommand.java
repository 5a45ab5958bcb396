package org.greenvalue.cli.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.PresentationRequest;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.VerificationJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvr verify}: the full verification (the same engine as the verifier service) of a
 * credential or presentation, offline from files or online against the registry and ledger. Exit 0
 * only when every check passed; a skipped check counts as not passing unless {@code
 * --allow-skipped}; 1 otherwise; 2 for bad usage or unreadable input.
 */
@Command(
    name = "verify",
    description =
        "Verify a credential or presentation fully (proof, trust, status, anchor, evidence,"
            + " assurance, arithmetic, lot) and print every check.",
    mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {

  static final long MAX_BYTES = 4L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      description = "A vc+jwt, vp+jwt or Data Integrity JSON credential or presentation.")
  Path input;

  @Option(names = "--assurance", description = "An assurance credential for it (repeatable).")
  List<Path> assurances = new ArrayList<>();

  @Option(names = "--pack", description = "The evidence pack (full or disclosed) it binds.")
  Path pack;

  @Option(names = "--receipt", description = "Its anchor receipt JSON.")
  Path receipt;

  @Option(
      names = "--require",
      description = "Assurance level required: limited (default) or reasonable.")
  String require = "limited";

  @ArgGroup(exclusive = false, heading = "Presentations%n")
  PresentationOptions presentation;

  @Mixin SourceOptions sources;

  @Option(names = "--at", description = "Verify as of this instant (default: now).")
  Instant at;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--allow-skipped",
      description = "Exit 0 when no check failed even if some were skipped.")
  boolean allowSkipped;

  static final class PresentationOptions {
    @Option(names = "--presentation", required = true, description = "The input is a presentation.")
    boolean presentation;

    @Option(names = "--challenge", description = "The challenge (nonce) you issued.")
    String challenge;

    @Option(names = "--domain", description = "Your domain (aud).")
    String domain;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> problem = unreadable();
    if (problem.isPresent()) {
      err.println(problem.get());
      return ExitCodes.USAGE;
    }
    Optional<AssuranceLevel> level = level(require);
    if (level.isEmpty()) {
      err.println("--require must be limited or reasonable");
      return ExitCodes.USAGE;
    }
    Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
    SourceOptions.Opened opened;
    try {
      var result = sources.open(clock);
      if (!result.succeeded()) {
        err.println(result.reason());
        return ExitCodes.USAGE;
      }
      opened = result.value();
    } catch (LedgerUnavailableException | IllegalStateException e) {
      err.println("cannot use the ledger: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      var engine = new VerificationEngine(opened.sources(), clock);
      Verification v = run(engine, level.get());
      print(v);
      boolean ok = v.complete() || (allowSkipped && v.valid());
      return ok ? ExitCodes.OK : ExitCodes.INVALID;
    } finally {
      opened.ledger().ifPresent(l -> l.close());
    }
  }

  private Verification run(VerificationEngine engine, AssuranceLevel level) throws IOException {
    String text = Files.readString(input);
    Optional<String> receiptJson =
        receipt == null ? Optional.empty() : Optional.of(Files.readString(receipt));
    if (presentation != null) {
      return engine.verifyPresentation(
          new PresentationRequest(
              text,
              Optional.ofNullable(presentation.challenge),
              Optional.ofNullable(presentation.domain),
              Optional.ofNullable(pack),
              receiptJson,
              level));
    }
    var others = new ArrayList<String>();
    for (Path p : assurances) {
      others.add(Files.readString(p));
    }
    return engine.verify(
        new CredentialRequest(text, others, Optional.ofNullable(pack), receiptJson, level));
  }

  private void print(Verification v) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonDocuments.write(VerificationJson.write(v)));
      return;
    }
    for (Check check : v.report().checks()) {
      out.printf("%-7s %s: %s%n", check.outcome(), check.name(), check.reason());
    }
    out.println(VerificationJson.verdict(v));
  }

  private Optional<String> unreadable() throws IOException {
    var files = new ArrayList<Path>(List.of(input));
    files.addAll(assurances);
    if (receipt != null) {
      files.add(receipt);
    }
    for (Path file : files) {
      if (!Files.isReadable(file) || Files.isDirectory(file)) {
        return Optional.of("cannot read " + file);
      }
      if (Files.size(file) > MAX_BYTES) {
        return Optional.of(file + " is larger than " + MAX_BYTES + " bytes");
      }
    }
    if (pack != null && (!Files.isReadable(pack) || Files.isDirectory(pack))) {
      return Optional.of("cannot read " + pack);
    }
    return Optional.empty();
  }

  private static Optional<AssuranceLevel> level(String text) {
    return switch (text) {
      case "limited" -> Optional.of(AssuranceLevel.LIMITED);
      case "reasonable" -> Optional.of(AssuranceLevel.REASONABLE);
      default -> Optional.empty();
    };
  }
}
