package org.greenvalue.issuer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens for clients the embedded authorization server has no registration for (another
 * buyer, another organisation's reader), signed with that server's own key. Every claim is copied
 * from a token the server really issued (issuer, audience, …); only the client and its scopes
 * differ, so the tokens pass exactly the checks real ones do.
 */
public final class Tokens {
  private Tokens() {}

  public static String of(
      Http http, JWKSource<SecurityContext> keys, String clientId, String... scopes) {
    JwtClaimsSet.Builder claims = JwtClaimsSet.builder();
    copyClaims(http.supplier(), claims);
    Instant now = Instant.now();
    claims
        .subject(clientId)
        .claim("client_id", clientId)
        .claim("scope", List.of(scopes))
        .issuedAt(now.minusSeconds(5))
        .notBefore(now.minusSeconds(5))
        .expiresAt(now.plusSeconds(600));
    return new NimbusJwtEncoder(keys)
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
        .getTokenValue();
  }

  private static void copyClaims(String realToken, JwtClaimsSet.Builder claims) {
    String payload =
        new String(
            Base64.getUrlDecoder().decode(realToken.split("\\.")[1]), StandardCharsets.UTF_8);
    JsonNode real;
    try {
      real = Fixtures.JSON.readTree(payload);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JWT payload: " + payload, e);
    }
    Map<String, Object> values = Fixtures.JSON.convertValue(real, Map.class);
    Iterator<String> names = real.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!List.of("iat", "nbf", "exp", "jti").contains(name)) {
        claims.claim(name, values.get(name));
      }
    }
  }
}
