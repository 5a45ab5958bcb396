package org.greenvalue.service.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the service.
 *
 * @param issuerUri an external OAuth2/OIDC issuer whose tokens are accepted; when set, the embedded
 *     authorization server is off
 * @param audience the {@code aud} value tokens of the external issuer must carry; required with
 *     {@code issuerUri}
 * @param embedded the embedded authorization server (client credentials)
 * @param tokenCacheSize how many accepted bearer tokens are remembered, so a reused token is not
 *     verified again on every request (expiry is still checked); 0 verifies every time
 */
@Validated
@ConfigurationProperties("gvr.auth")
public record AuthProperties(
    URI issuerUri,
    String audience,
    @Valid @DefaultValue Embedded embedded,
    @PositiveOrZero @DefaultValue("10000") int tokenCacheSize) {

  /**
   * The decoder, remembering accepted tokens unless the cache size is 0. Expiry is checked against
   * the system clock, as Spring's decoders check it.
   */
  JwtDecoder cached(JwtDecoder decoder) {
    return tokenCacheSize == 0
        ? decoder
        : new CachingJwtDecoder(decoder, tokenCacheSize, Clock.systemUTC());
  }

  /**
   * @param enabled whether the service issues its own tokens at {@code /oauth2/token} (never when
   *     an external issuer is set)
   * @param issuer the {@code iss} it writes; empty uses the request's host
   * @param tokenTtl how long a token lives
   * @param clients the clients it knows; secrets are hashed when loaded
   * @param signingKey the RSA key tokens are signed with (PKCS#8 PEM, 2048 bits or more), the same
   *     for every instance of the service; empty generates one at start, valid on this instance
   *     only
   */
  public record Embedded(
      @DefaultValue("true") boolean enabled,
      String issuer,
      @NotNull @DefaultValue("1h") Duration tokenTtl,
      @Valid @DefaultValue List<Client> clients,
      String signingKey) {
    @Override
    public String toString() {
      return "Embedded[enabled=%s, issuer=%s, tokenTtl=%s, clients=%s, signingKey=%s]"
          .formatted(enabled, issuer, tokenTtl, clients, signingKey == null ? null : "***");
    }
  }

  /** A client of the embedded server: its id, secret and the scopes it may ask for. */
  public record Client(@NotBlank String id, @NotBlank String secret, @NotEmpty Set<String> scopes) {
    @Override
    public String toString() {
      return "Client[id=" + id + ", secret=***, scopes=" + scopes + "]";
    }
  }
}
