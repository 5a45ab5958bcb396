package org.greenvalue.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.keys.VerificationKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ed25519 signature verification: the JDK's SunEC provider against Bouncy Castle (which {@link
 * VerificationKey} uses). The reason for the provider choice in docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519ProviderBenchmark {

  private final byte[] message =
      "{\"type\":[\"VerifiableCredential\"],\"credentialSubject\":{\"reduction\":\"12.5\"}}"
          .getBytes(StandardCharsets.UTF_8);
  private byte[] bcSignature;
  private VerificationKey bcKey;
  private byte[] jdkSignature;
  private PublicKey jdkKey;

  @Setup
  public void setUp() throws Exception {
    SigningKey key = SigningKey.generate(KeyType.ED25519);
    bcKey = key.publicKey();
    bcSignature = key.sign(message);

    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    jdkKey = pair.getPublic();
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(pair.getPrivate());
    signer.update(message);
    jdkSignature = signer.sign();
  }

  @Benchmark
  public boolean bouncyCastleVerify() {
    return bcKey.verify(message, bcSignature);
  }

  @Benchmark
  public boolean jdkVerify() throws Exception {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(jdkKey);
    verifier.update(message);
    return verifier.verify(jdkSignature);
  }
}
