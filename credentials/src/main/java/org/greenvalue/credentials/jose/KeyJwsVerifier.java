package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import java.util.Set;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * A Nimbus {@link JWSVerifier} over our {@link VerificationKey}. It verifies only the algorithm of
 * its key type, so a header naming another algorithm never verifies (no algorithm confusion).
 */
final class KeyJwsVerifier implements JWSVerifier {

  private final VerificationKey key;
  private final JWSAlgorithm algorithm;
  private final JCAContext jcaContext = new JCAContext();

  KeyJwsVerifier(VerificationKey key) {
    this.key = Objects.requireNonNull(key, "key");
    this.algorithm = JWSAlgorithm.parse(key.type().jwsAlgorithm());
  }

  @Override
  public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
    if (!algorithm.equals(header.getAlgorithm())) {
      return false;
    }
    return key.verify(signingInput, signature.decode());
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
