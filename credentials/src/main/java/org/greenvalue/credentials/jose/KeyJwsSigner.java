package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * A Nimbus {@link JWSSigner} over our {@link SigningKey}: EdDSA (RFC 8037 §3.1) with Ed25519
 * through Bouncy Castle, ES256 (RFC 7518 §3.4) returning r||s. Nimbus's own Ed25519 signer needs
 * Tink.
 */
final class KeyJwsSigner implements JWSSigner {

  private final SigningKey key;
  private final JWSAlgorithm algorithm;
  private final JCAContext jcaContext = new JCAContext();

  KeyJwsSigner(SigningKey key) {
    this.key = Objects.requireNonNull(key, "key");
    this.algorithm = JWSAlgorithm.parse(key.type().jwsAlgorithm());
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!algorithm.equals(header.getAlgorithm())) {
      throw new JOSEException(
          "header alg " + header.getAlgorithm() + " does not match the " + key.type() + " key");
    }
    return Base64URL.encode(key.sign(signingInput));
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(algorithm);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }
}
