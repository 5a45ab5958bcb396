package org.greenvalue.credentials.did;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small, bounded, thread-safe cache whose entries expire after a time to live. When full, expired
 * entries are dropped first, then everything (resolution is cheap to redo; the bound only protects
 * memory from a flood of distinct DIDs).
 */
final class TtlCache<K, V> {

  private record Entry<V>(V value, Instant expires) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;

  TtlCache(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  Optional<V> get(K key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  void put(K key, V value) {
    if (ttl.isZero() || ttl.isNegative() || maxEntries <= 0) {
      return;
    }
    if (entries.size() >= maxEntries) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    Instant now = clock.instant();
    Instant expires = ttl.compareTo(Duration.ofDays(36500)) > 0 ? Instant.MAX : now.plus(ttl);
    entries.put(key, new Entry<>(value, expires));
  }

  int size() {
    return entries.size();
  }
}
