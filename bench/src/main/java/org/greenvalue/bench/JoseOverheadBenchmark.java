package org.greenvalue.bench;

import jakarta.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.jose.CompactJws;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.CredentialShapeRules;
import org.greenvalue.credentials.model.Urls;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parts of {@link CredentialVerifyBenchmark#vcJwtEdDsaVerify} that are not the signature, each
 * alone on the same PCF token: reading the token, reading its payload JSON, the data model's shape
 * rules, and one URL test. What the JOSE target of issue 16 leaves them is in docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JoseOverheadBenchmark {

  private String vcJwt;
  private String payloadJson;
  private VerifiableCredential credential;
  private String issuer;

  @Setup
  public void setUp() {
    vcJwt = Fixtures.signedPcf(SecuringFormat.VC_JWT);
    JsonObject payload = CompactJws.parse(vcJwt).value().payload();
    payloadJson = JsonDocuments.write(payload);
    credential = VerifiableCredential.of(payload);
    issuer = DidKeyResolver.didFor(Fixtures.W3C_KEY.publicKey());
    if (!shapeRules().valid() || !url()) {
      throw new IllegalStateException(
          "the fixture must pass its shape rules, its issuer must be a URL");
    }
  }

  /** Splitting, base64url decoding, Nimbus's header and the payload's JSON. */
  @Benchmark
  public Object compactJwsParse() {
    return CompactJws.parse(vcJwt).value();
  }

  /** The payload's JSON alone (Parsson, strict). */
  @Benchmark
  public Object payloadParse() {
    return JsonDocuments.parseObject(payloadJson).value();
  }

  @Benchmark
  public VerificationReport shapeRules() {
    return CredentialShapeRules.check(credential);
  }

  @Benchmark
  public boolean url() {
    return Urls.isUrl(issuer);
  }
}
