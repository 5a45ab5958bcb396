package org.greenvalue.credentials.dataintegrity;

import java.time.Clock;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * Entry point for Data Integrity proofs: signers for a suite and key, verifiers over a DID
 * resolver.
 *
 * <pre>{@code
 * var signer = DataIntegrity.signer(new EddsaRdfc2022(), key, ProofOptions.assertion(method), clock)
 *     .orElseThrow(IllegalArgumentException::new);
 * JsonObject secured = signer.sign(credential).orElseThrow(IllegalArgumentException::new);
 * VerificationReport report = DataIntegrity.verifier(new DidKeyResolver(), clock).verify(secured);
 * }</pre>
 */
public final class DataIntegrity {

  private DataIntegrity() {}

  /** A signer; refused when the key's type is not the suite's. */
  public static Result<DataIntegritySigner> signer(
      Cryptosuite suite, SigningKey key, ProofOptions options, Clock clock) {
    if (!suite.accepts(key.type())) {
      return Result.failure(suite.name() + " cannot sign with a " + key.type() + " key");
    }
    return Result.success(new DataIntegritySigner(suite, key, options, clock));
  }

  /** A signer whose proofs are created at the system clock's time. */
  public static Result<DataIntegritySigner> signer(
      Cryptosuite suite, SigningKey key, ProofOptions options) {
    return signer(suite, key, options, Clock.systemUTC());
  }

  /** A verifier accepting the standard cryptosuites. */
  public static DataIntegrityVerifier verifier(DidResolver resolver, Clock clock) {
    return new DataIntegrityVerifier(resolver, clock);
  }
}
