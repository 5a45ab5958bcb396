package org.greenvalue.bench;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.dataintegrity.DataIntegrityVerifier;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.jose.VcJwtVerifier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.VerificationKey;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full verification of the same PCF credential in each secured form: parsing, did:key resolution,
 * proof or signature, and (for vc+jwt) the data model checks. Each benchmark returns the report's
 * verdict, checked once in setup. {@link #vcJwtSignatureOnly} is the floor under {@link
 * #vcJwtEdDsaVerify}: Bouncy Castle's Ed25519 verify, through our key, of the same token's signing
 * input and signature and nothing else.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CredentialVerifyBenchmark {

  private VcJwtVerifier jwtVerifier;
  private DataIntegrityVerifier diVerifier;
  private String vcJwt;
  private VerificationKey jwtKey;
  private byte[] jwtSigningInput;
  private byte[] jwtSignature;
  private JsonObject eddsaJcs;
  private JsonObject eddsaRdfc;

  @Setup
  public void setUp() {
    vcJwt = Fixtures.signedPcf(SecuringFormat.VC_JWT);
    eddsaJcs = parse(Fixtures.signedPcf(SecuringFormat.EDDSA_JCS_2022));
    eddsaRdfc = parse(Fixtures.signedPcf(SecuringFormat.EDDSA_RDFC_2022));

    int lastDot = vcJwt.lastIndexOf('.');
    jwtKey = Fixtures.W3C_KEY.publicKey();
    jwtSigningInput = vcJwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
    jwtSignature = Base64.getUrlDecoder().decode(vcJwt.substring(lastDot + 1));

    var resolver = new DidKeyResolver();
    jwtVerifier = new VcJwtVerifier(resolver, Fixtures.VERIFYING_CLOCK);
    diVerifier = DataIntegrity.verifier(resolver, Fixtures.VERIFYING_CLOCK);
    require(vcJwtEdDsaVerify() && vcJwtSignatureOnly());
    require(eddsaJcs2022Verify() && eddsaRdfc2022Verify());
  }

  @Benchmark
  public boolean vcJwtEdDsaVerify() {
    return jwtVerifier.verify(vcJwt).valid();
  }

  @Benchmark
  public boolean vcJwtSignatureOnly() {
    return jwtKey.verify(jwtSigningInput, jwtSignature);
  }

  @Benchmark
  public boolean eddsaJcs2022Verify() {
    return diVerifier.verify(eddsaJcs).valid();
  }

  @Benchmark
  public boolean eddsaRdfc2022Verify() {
    return diVerifier.verify(eddsaRdfc).valid();
  }

  private static JsonObject parse(String json) {
    return JsonDocuments.parseObject(json).value();
  }

  private static void require(boolean valid) {
    if (!valid) {
      throw new IllegalStateException("fixture credential does not verify");
    }
  }
}
