package org.greenvalue.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Real RS256 tokens and Spring's real Nimbus decoder behind the cache, on a clock we move. */
class CachingJwtDecoderTest {

  private static final RSAKey KEY = generate();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final AtomicInteger verified = new AtomicInteger();
  private final JwtDecoder real = realDecoder();

  @Test
  void verifiesAReusedTokenOnce() throws Exception {
    var decoder = new CachingJwtDecoder(real, 100, clock);
    String token = token("client-a", Duration.ofMinutes(10));

    Jwt first = decoder.decode(token);
    Jwt second = decoder.decode(token);

    assertThat(second).isSameAs(first);
    assertThat(second.getSubject()).isEqualTo("client-a");
    assertThat(verified).hasValue(1);
  }

  @Test
  void neverRemembersARefusedToken() throws Exception {
    var decoder = new CachingJwtDecoder(real, 100, clock);
    String token = token("client-a", Duration.ofMinutes(10));
    String forged = token.substring(0, token.length() - 4) + "AAAA";

    assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);

    assertThat(decoder.size()).isZero();
    assertThat(verified).hasValue(2);
  }

  @Test
  void refusesARememberedTokenOnceItHasExpired() throws Exception {
    var decoder = new CachingJwtDecoder(real, 100, clock);
    String token = token("client-a", Duration.ofMinutes(10));
    decoder.decode(token);

    clock.advance(Duration.ofMinutes(10).plusSeconds(61));

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtException.class)
        .hasMessageContaining("expired");
    assertThat(decoder.size()).isZero();
  }

  @Test
  void staysWithinItsCapacity() throws Exception {
    var decoder = new CachingJwtDecoder(real, 2, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(decoder.decode(token("client-" + i, Duration.ofMinutes(10))).getSubject())
          .isEqualTo("client-" + i);
      assertThat(decoder.size()).isBetween(1, 2);
    }
  }

  @Test
  void dropsExpiredTokensFirstWhenFull() throws Exception {
    var decoder = new CachingJwtDecoder(real, 2, clock);
    decoder.decode(token("short-lived", Duration.ofMinutes(1)));
    String kept = token("long-lived", Duration.ofHours(1));
    decoder.decode(kept);
    clock.advance(Duration.ofMinutes(5));

    decoder.decode(token("newcomer", Duration.ofHours(1)));
    decoder.decode(kept);

    assertThat(decoder.size()).isEqualTo(2);
    assertThat(verified).hasValue(3);
  }

  private JwtDecoder realDecoder() {
    NimbusJwtDecoder nimbus;
    try {
      nimbus = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    var timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
    timestamps.setClock(clock);
    nimbus.setJwtValidator(timestamps);
    return token -> {
      verified.incrementAndGet();
      return nimbus.decode(token);
    };
  }

  private String token(String subject, Duration ttl) throws JOSEException {
    Instant now = clock.instant();
    var claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .build();
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(KEY));
    return jwt.serialize();
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
