package org.greenvalue.credentials.did;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.greenvalue.common.Result;

/**
 * Caches the successful resolutions of another resolver for a time to live; failures are not
 * cached. For {@code did:key}, whose documents never change, this saves decoding the key on every
 * verification.
 */
public final class CachingDidResolver implements DidResolver {

  private final DidResolver delegate;
  private final TtlCache<String, DidDocument> cache;

  public CachingDidResolver(DidResolver delegate, Clock clock, Duration ttl, int maxEntries) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = new TtlCache<>(clock, ttl, maxEntries);
  }

  @Override
  public boolean supports(String did) {
    return delegate.supports(did);
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    if (did == null) {
      return delegate.resolve(null);
    }
    var cached = cache.get(did);
    if (cached.isPresent()) {
      return Result.success(cached.get());
    }
    Result<DidDocument> resolved = delegate.resolve(did);
    if (resolved.succeeded()) {
      cache.put(did, resolved.value());
    }
    return resolved;
  }
}
