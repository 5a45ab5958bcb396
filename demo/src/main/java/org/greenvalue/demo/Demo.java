package org.greenvalue.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.greenvalue.demo.stack.ServiceProcess;
import org.greenvalue.demo.stack.Stack;
import org.greenvalue.demo.stack.StackOptions;
import org.greenvalue.demo.story.Endpoints;
import org.greenvalue.demo.story.PactOutcome;
import org.greenvalue.demo.story.Story;
import org.greenvalue.demo.story.StoryFailure;
import org.greenvalue.demo.story.StoryResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/demo.sh}: starts the dev chain and the three services, runs the story, prints a
 * summary and the URLs, and keeps everything running until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the end-to-end green-value story on a local stack.")
public final class Demo implements Callable<Integer> {
  @Option(names = "--root", defaultValue = ".", description = "Repository root (service jars).")
  Path root;

  @Option(
      names = "--data-dir",
      defaultValue = "${sys:user.home}/.gvr/demo",
      description = "Databases, keys and logs of this run; emptied at start (default ~/.gvr/demo).")
  Path dataDir;

  @Option(names = "--registry-port", defaultValue = "8080")
  int registryPort;

  @Option(names = "--issuer-port", defaultValue = "8081")
  int issuerPort;

  @Option(names = "--verifier-port", defaultValue = "8082")
  int verifierPort;

  @Option(names = "--exit", description = "Stop everything after the story instead of waiting.")
  boolean exit;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Demo()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    empty(dataDir);
    StackOptions options =
        new StackOptions(dataDir, root.toAbsolutePath(), registryPort, issuerPort, verifierPort);
    try (Stack stack = Stack.start(options, line -> out.println("  · " + line))) {
      Endpoints endpoints =
          new Endpoints(
              stack.service("registry").baseUrl(),
              stack.service("issuer").baseUrl(),
              stack.service("verifier").baseUrl());
      StoryResult result;
      try {
        result = new Story(endpoints, out::println).run();
      } catch (StoryFailure e) {
        out.println();
        out.println("THE STORY FAILED: " + e.getMessage());
        out.println("Service logs: " + dataDir.resolve("logs"));
        return 1;
      }
      summary(out, result, stack);
      if (!exit) {
        out.println("Services keep running; press Ctrl-C to stop them.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      }
    }
    return 0;
  }

  private static void summary(PrintStream out, StoryResult r, Stack stack) {
    out.println();
    out.println("== Summary");
    out.printf(
        "  steel ΔCO2 claim %s anchored in tx %s (block %d)%n",
        r.reductionDigest(), r.anchorTx(), r.anchorBlock());
    out.printf("  steel buyer's PACT verification: %s%n", pact(r.buyer()));
    out.printf(
        "  PCF shown with %s withheld (ecdsa-sd-2023): %s%n",
        String.join(", ", r.disclosed().withheld()),
        r.disclosed().verified() ? "VERIFIED" : "NOT VERIFIED");
    out.printf("  green-loan eligibility: %s%n", r.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE");
    out.printf(
        "  lot %s: minted %s t, allocated %s t, retired %s t for the loan (certificate %s)%n",
        r.lotId(), r.minted(), r.allocated(), r.retired(), r.certificateId());
    out.printf("  double retirement: refused (HTTP %d)%n", r.secondRetirementStatus());
    StoryResult.Downstream d = r.downstream();
    out.printf(
        "  automaker: received %s t (transfer %s), allocated %s t, ΔCO2 claim %s%n",
        d.delivered(), d.transferId(), d.allocated(), d.reductionDigest());
    out.printf("  fleet buyer's PACT verification: %s%n", pact(d.fleetBuyer()));
    out.println("  chain of custody:");
    d.fleetBuyer().chain().forEach(line -> out.println("    " + line));
    out.printf("  supply-chain loan eligibility: %s%n", d.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE");
    out.printf(
        "  retired %s t for the fleet buyer's inventory accounting (certificate %s)%n",
        d.allocated(), d.certificateId());
    out.printf("  double counting across the tiers: refused (HTTP %s)%n", d.doubleCountStatuses());
    out.printf(
        "  tampered credential: %s (%s)%n",
        r.tamperedVerdict(), String.join(", ", r.tamperedFailures()));
    out.printf(
        "  public explorer: %s/#/lot/%s%n", stack.service("registry").baseUrl(), d.childLotId());
    out.println();
    out.println("== Running");
    for (ServiceProcess s : stack.services()) {
      out.printf(
          "  %-9s %s   Swagger UI %s/swagger-ui.html   log %s%n",
          s.name(), s.baseUrl(), s.baseUrl(), s.log());
    }
    out.printf("  verifier web page  %s/%n", stack.service("verifier").baseUrl());
    out.printf("  dev chain RPC      %s (chain id %d)%n", stack.rpcUrl(), stack.chainId());
  }

  private static String pact(PactOutcome p) {
    return String.join(", ", p.verdicts())
        + (p.failures().isEmpty()
            ? " (no check failed"
                + (p.gaps().isEmpty()
                    ? ")"
                    : "; not checked for want of input: " + String.join(", ", p.gaps()) + ")")
            : " (failed: " + String.join(", ", p.failures()) + ")");
  }

  private static void empty(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
