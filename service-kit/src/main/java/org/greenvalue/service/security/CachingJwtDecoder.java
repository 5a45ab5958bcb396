package org.greenvalue.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Remembers bearer tokens the delegate has accepted, so a client that reuses its token (as OAuth2
 * clients do until it expires) is not parsed and signature-checked on every request.
 *
 * <p>A token is looked up by its exact text, so a hit is a token whose signature, issuer and
 * validators already passed. Only time changes what a remembered token is worth: its {@code exp}
 * and {@code nbf} are checked again on every hit, with the same 60 s clock skew as Spring's default
 * validator, and a token that fails them is forgotten and handed to the delegate, which refuses it
 * with its usual error. Refused tokens are never remembered. At most {@code capacity} tokens are
 * kept; when full, expired ones are dropped, and if that frees nothing the map starts again.
 */
final class CachingJwtDecoder implements JwtDecoder {

  private final JwtDecoder delegate;
  private final int capacity;
  private final Clock clock;
  private final OAuth2TokenValidator<Jwt> timestamps;
  private final ConcurrentMap<String, Jwt> accepted = new ConcurrentHashMap<>();

  CachingJwtDecoder(JwtDecoder delegate, int capacity, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
    var validator = new JwtTimestampValidator(Duration.ofSeconds(60));
    validator.setClock(clock);
    this.timestamps = validator;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Jwt known = accepted.get(token);
    if (known != null) {
      if (!timestamps.validate(known).hasErrors()) {
        return known;
      }
      accepted.remove(token);
    }
    Jwt jwt = delegate.decode(token);
    if (accepted.size() >= capacity) {
      evict();
    }
    accepted.put(token, jwt);
    return jwt;
  }

  int size() {
    return accepted.size();
  }

  private void evict() {
    Instant now = clock.instant();
    accepted
        .values()
        .removeIf(jwt -> jwt.getExpiresAt() == null || jwt.getExpiresAt().isBefore(now));
    if (accepted.size() >= capacity) {
      accepted.clear();
    }
  }
}
