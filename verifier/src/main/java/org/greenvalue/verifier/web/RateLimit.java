package org.greenvalue.verifier.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled at {@code
 * perMinute} a minute. At most {@code maxClients} buckets are kept; when full, the buckets that
 * have refilled completely (clients gone quiet) are dropped, and if that frees nothing all are.
 */
final class RateLimit {

  /** Allowed, or refused with how long to wait. */
  sealed interface Decision {
    record Allowed() implements Decision {}

    record Refused(Duration retryAfter) implements Decision {}
  }

  private final int capacity;
  private final double perNano;
  private final int maxClients;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimit(int capacity, int perMinute, int maxClients, Clock clock) {
    if (capacity < 1 || perMinute < 1 || maxClients < 1) {
      throw new IllegalArgumentException("rate limit values must be positive");
    }
    this.capacity = capacity;
    this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    this.maxClients = maxClients;
    this.clock = clock;
  }

  Decision take(String client) {
    Instant now = clock.instant();
    if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
      buckets.values().removeIf(b -> b.full(now));
      if (buckets.size() >= maxClients) {
        buckets.clear();
      }
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
  }

  private final class Bucket {
    private double tokens = capacity;
    private Instant updated;

    Bucket(Instant now) {
      updated = now;
    }

    synchronized Decision take(Instant now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return new Decision.Allowed();
      }
      long nanos = (long) Math.ceil((1 - tokens) / perNano);
      long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
      return new Decision.Refused(Duration.ofSeconds(seconds));
    }

    synchronized boolean full(Instant now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(Instant now) {
      long elapsed = Duration.between(updated, now).toNanos();
      if (elapsed > 0) {
        tokens = Math.min(capacity, tokens + elapsed * perNano);
        updated = now;
      }
    }
  }
}
