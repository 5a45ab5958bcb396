package org.greenvalue.issuer.pact;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered ListFootprints pages, least recently used first out, bounded by a number of entries and
 * a number of bytes. Thread-safe. An entry is only ever replaced by one rendered at the same or a
 * later footprints version.
 */
final class PageCache {
  /** A page's key: the normalised query (organisations included) and where its link points. */
  record Key(FootprintQuery query, NextLink link) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<Key, RenderedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  PageCache(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  boolean enabled() {
    return maxEntries > 0 && maxBytes > 0;
  }

  synchronized RenderedPage get(Key key) {
    return pages.get(key);
  }

  synchronized void put(Key key, RenderedPage page) {
    if (!enabled() || page.size() > maxBytes) {
      return;
    }
    RenderedPage old = pages.get(key);
    if (old != null) {
      if (old.version() > page.version()) {
        return;
      }
      bytes -= old.size();
    }
    pages.put(key, page);
    bytes += page.size();
    Iterator<Map.Entry<Key, RenderedPage>> eldest = pages.entrySet().iterator();
    while (pages.size() > maxEntries || bytes > maxBytes) {
      bytes -= eldest.next().getValue().size();
      eldest.remove();
    }
  }

  synchronized int size() {
    return pages.size();
  }

  synchronized long bytes() {
    return bytes;
  }
}
