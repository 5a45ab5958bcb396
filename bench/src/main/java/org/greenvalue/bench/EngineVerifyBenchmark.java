package org.greenvalue.bench;

import java.util.concurrent.TimeUnit;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.VerificationEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The verification engine (what {@code POST /credentials/verify} runs, without HTTP) on the bench
 * PCF credential: the credential's own checks plus every engine rule, offline sources.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineVerifyBenchmark {

  private VerificationEngine engine;
  private CredentialRequest jwt;
  private CredentialRequest rdfc;

  @Setup
  public void setUp() {
    jwt = CredentialRequest.of(Fixtures.signedPcf(SecuringFormat.VC_JWT));
    rdfc = CredentialRequest.of(Fixtures.signedPcf(SecuringFormat.EDDSA_RDFC_2022));
    engine =
        new VerificationEngine(Sources.offline(new DidKeyResolver()), Fixtures.VERIFYING_CLOCK);
    if (!vcJwtEngineVerify() || !eddsaRdfc2022EngineVerify()) {
      throw new IllegalStateException("the bench credential must verify");
    }
  }

  @Benchmark
  public boolean vcJwtEngineVerify() {
    return engine.verify(jwt).valid();
  }

  @Benchmark
  public boolean eddsaRdfc2022EngineVerify() {
    return engine.verify(rdfc).valid();
  }
}
