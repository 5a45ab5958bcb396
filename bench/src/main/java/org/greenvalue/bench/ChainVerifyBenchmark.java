package org.greenvalue.bench;

import java.util.concurrent.TimeUnit;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.VerificationEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine verifying an inherited ΔCO2 credential whose allocation's custody chain has {@code
 * tiers} lots, read from an in-memory bundle (no ledger): the downstream credential's own checks,
 * one signed transfer record per transfer, and the minted root credential verified again by the
 * engine. Average time per verification; divide by {@code tiers} for the cost per tier.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChainVerifyBenchmark {

  @Param({"1", "2", "4", "8"})
  public int tiers;

  private VerificationEngine engine;
  private CredentialRequest request;

  @Setup
  public void setUp() {
    var chain = new ChainFixture(tiers);
    engine =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver()).withTrust(chain.trust).withCustody(chain.bundle),
            ChainFixture.CLOCK);
    request = CredentialRequest.of(chain.downstream);
    var check = engine.verify(request).report().check("chain.custody").orElseThrow();
    if (check.outcome() != Check.Outcome.PASSED) {
      throw new IllegalStateException("the bench chain must verify: " + check.reason());
    }
  }

  @Benchmark
  public boolean chainVerify() {
    return engine.verify(request).valid();
  }
}
