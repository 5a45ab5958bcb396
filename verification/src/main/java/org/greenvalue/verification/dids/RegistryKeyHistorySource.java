package org.greenvalue.verification.dids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.common.Result;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.verification.RegistryReads;

/**
 * Asks the registry, {@code GET /dids/history?did=}, and keeps each history for a time to live, so
 * a verifier checking many credentials of one issuer asks once. Failures and "no history" are not
 * kept. A version registered meanwhile (e.g. a compromise) is seen after at most the time to live.
 * Thread-safe.
 */
public final class RegistryKeyHistorySource implements KeyHistorySource {

  /** Bounds memory against a flood of distinct DIDs; the cache is emptied when full. */
  private static final int MAX_ENTRIES = 10_000;

  private final RegistryClient registry;
  private final Clock clock;
  private final Duration ttl;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public RegistryKeyHistorySource(RegistryClient registry, Clock clock, Duration ttl) {
    this.registry = registry;
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public Result<Optional<DidHistory>> historyOf(String did) {
    Instant now = clock.instant();
    Cached cached = cache.get(did);
    if (cached != null && now.isBefore(cached.expires())) {
      return Result.success(cached.history());
    }
    Result<Optional<DidHistory>> answer =
        RegistryReads.getJson(registry, "/dids/history?did=" + RegistryClient.encode(did))
            .flatMap(
                json ->
                    json.isEmpty()
                        ? Result.success(Optional.<DidHistory>empty())
                        : DidHistory.read(json.get()).map(Optional::of));
    // "no history" is not kept: an organisation's first version may be on its way
    if (answer.succeeded() && answer.value().isPresent() && !ttl.isZero() && !ttl.isNegative()) {
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(did, new Cached(answer.value(), now.plus(ttl)));
    }
    return answer;
  }

  @Override
  public String describe() {
    return "registry " + registry.baseUrl();
  }

  private record Cached(Optional<DidHistory> history, Instant expires) {}
}
