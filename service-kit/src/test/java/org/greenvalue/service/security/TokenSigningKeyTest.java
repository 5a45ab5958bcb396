package org.greenvalue.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSigningKeyTest {

  private static String pem(int bits) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits);
    byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void twoInstancesGivenTheSameKeyAcceptEachOthersTokens() throws Exception {
    String pem = pem(2048);
    RSAKey first = TokenSigningKey.of(pem);
    RSAKey second = TokenSigningKey.of(pem);
    assertThat(first.getKeyID()).isEqualTo(second.getKeyID());

    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(first.getKeyID()).build(),
            new JWTClaimsSet.Builder().subject("issuer").build());
    token.sign(new RSASSASigner(first));

    assertThat(token.verify(new RSASSAVerifier(second.toRSAPublicKey()))).isTrue();
  }

  @Test
  void withoutAConfiguredKeyEachStartGeneratesItsOwn() throws Exception {
    assertThat(TokenSigningKey.of(null).getKeyID()).isNotEqualTo(TokenSigningKey.of("").getKeyID());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not a key",
        "-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"
      })
  void aKeyThatIsNotAPkcs8RsaPemIsRefused(String pem) {
    assertThatThrownBy(() -> TokenSigningKey.of(pem)).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aShortRsaKeyIsRefused() throws Exception {
    String pem = pem(1024);
    assertThatThrownBy(() -> TokenSigningKey.of(pem))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("2048");
  }
}
