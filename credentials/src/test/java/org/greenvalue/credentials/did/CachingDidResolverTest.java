package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenvalue.common.Result;
import org.junit.jupiter.api.Test;

class CachingDidResolverTest {

  private final AtomicInteger calls = new AtomicInteger();

  private final DidResolver counting =
      new DidResolver() {
        @Override
        public boolean supports(String did) {
          return did.startsWith("did:example:");
        }

        @Override
        public Result<DidDocument> resolve(String did) {
          calls.incrementAndGet();
          return did.endsWith("bad")
              ? Result.failure("unknown " + did)
              : Result.success(new DidDocument(did, List.of(), Map.of()));
        }
      };

  @Test
  void cachesSuccessesForTheirTimeToLiveButNeverFailures() {
    var clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    var cached = new CachingDidResolver(counting, clock, Duration.ofMinutes(1), 2);
    assertThat(cached.supports("did:example:a")).isTrue();
    cached.resolve("did:example:a");
    cached.resolve("did:example:a");
    cached.resolve("did:example:bad");
    cached.resolve("did:example:bad");
    assertThat(calls).hasValue(3);

    var later =
        new CachingDidResolver(
            counting, Clock.offset(clock, Duration.ofMinutes(2)), Duration.ofMinutes(1), 2);
    later.resolve("did:example:a");
    assertThat(calls).hasValue(4);
  }

  @Test
  void staysWithinItsBound() {
    var cache = new TtlCache<String, String>(Clock.systemUTC(), Duration.ofMinutes(1), 3);
    for (int i = 0; i < 10; i++) {
      cache.put("k" + i, "v");
    }
    assertThat(cache.size()).isLessThanOrEqualTo(3);
    var disabled = new TtlCache<String, String>(Clock.systemUTC(), Duration.ZERO, 3);
    disabled.put("k", "v");
    assertThat(disabled.get("k")).isEmpty();
  }

  @Test
  void didKeyResolutionReusesTheDecodedDocument() {
    var resolver = new DidKeyResolver();
    var key =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.P256);
    String did = DidKeyResolver.didFor(key.publicKey());
    assertThat(resolver.resolve(did).value()).isSameAs(resolver.resolve(did).value());
    assertThat(resolver.resolve(null).succeeded()).isFalse();
  }
}
