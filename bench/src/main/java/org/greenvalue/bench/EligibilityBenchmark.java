package org.greenvalue.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.greenvalue.verification.eligibility.CompiledPolicy;
import org.greenvalue.verification.eligibility.DefaultPolicies;
import org.greenvalue.verification.eligibility.PolicyCompiler;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One evaluation of the default {@code green-loan} policy (seven CEL rules, compiled once) over
 * verified facts: binding the facts, running every rule, collecting each outcome.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EligibilityBenchmark {

  private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
  private CompiledPolicy greenLoan;
  private VerifiedFacts facts;

  @Setup
  public void setUp() {
    greenLoan = new PolicyCompiler().compile(DefaultPolicies.greenLoan()).orElseThrow();
    facts =
        new VerifiedFacts(
            true,
            List.of("VerifiableCredential", "EmissionReductionCredential"),
            Optional.of("urn:uuid:1"),
            Optional.of("sha256:" + "a".repeat(64)),
            Optional.of("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"),
            true,
            Optional.of("EMISSION_REDUCTION"),
            Optional.of(NOW.minusSeconds(86_400)),
            Optional.of(
                new VerifiedFacts.ReductionFacts(
                    new BigDecimal("1000.500"),
                    new BigDecimal("850.250"),
                    new BigDecimal("150.250"),
                    "tCO2e",
                    Instant.parse("2024-04-01T00:00:00Z"),
                    Instant.parse("2025-04-01T00:00:00Z"),
                    "urn:p",
                    "urn:f",
                    "ISO 14064-2")),
            Optional.empty(),
            Optional.of(
                new VerifiedFacts.AssuranceFacts(
                    "did:key:z6Mq", true, "reasonable", "unmodified", "ISO 14064-3", "VV-1")),
            Optional.of(
                new VerifiedFacts.AnchorFacts(
                    1337, "0xabc", "0xtx", 12, NOW.minusSeconds(60), true)),
            new VerifiedFacts.StatusFacts(true, false, false, Optional.of(NOW)),
            Optional.empty(),
            Optional.empty());
    if (!greenLoanEvaluate()) {
      throw new IllegalStateException("the benchmark facts must be eligible");
    }
  }

  @Benchmark
  public boolean greenLoanEvaluate() {
    return greenLoan.evaluate(facts, NOW).eligible();
  }
}
