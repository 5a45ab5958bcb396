package org.greenvalue.issuer.pact;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.greenvalue.issuer.status.CurrentStatuses;
import org.springframework.stereotype.Service;

/**
 * ListFootprints pages, served from a cache of rendered pages while no footprint was added since
 * they were rendered. Footprints are insert-only and every insert raises the footprints version in
 * its own transaction, as does every credential their green value extension shows (a ΔCO2 of a
 * product, an assurance) and every revocation made through an issuer, so a page rendered at the
 * current version is the page a query would give, provided the registry's revocation lists it was
 * filtered by still read the same ({@link CurrentStatuses}: a revocation made at the registry
 * directly shows within the lists' refresh time). The version is read before the page is queried: a
 * footprint committed in between makes the page newer than its version says, never older. A PACT
 * client sees the footprints of the organisations it is bound to only: that set is read with the
 * version (one query) and is part of the query, hence of the cache key, so one client's page is
 * never served to another with a different set. A client bound to no organisation gets an empty
 * page.
 */
@Service
class FootprintPages {
  private static final byte[] OPEN = "{\"data\":[".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY = "{\"data\":[]}".getBytes(StandardCharsets.UTF_8);

  private final PactFootprints footprints;
  private final CurrentStatuses statuses;
  private final PageCache cache;
  private final Counter hits;
  private final Counter misses;

  FootprintPages(
      PactFootprints footprints,
      CurrentStatuses statuses,
      PactPageCacheProperties properties,
      MeterRegistry meters) {
    this.footprints = footprints;
    this.statuses = statuses;
    this.cache =
        new PageCache(properties.pageCacheSize(), properties.pageCacheMaxBytes().toBytes());
    this.hits = counter(meters, "hit");
    this.misses = counter(meters, "miss");
  }

  /** The page of {@code query} as {@code clientId} sees it, its next page on {@code link}. */
  RenderedPage list(FootprintQuery request, NextLink link, String clientId) {
    PactFootprints.Visible visible = footprints.visible(clientId);
    if (visible.organisations().isEmpty()) {
      return RenderedPage.of(visible.version(), EMPTY, null);
    }
    return list(request.onlyOrganisations(visible.organisations()), link, visible.version());
  }

  /** The page of {@code query}, already limited to organisations, rendered at {@code version}. */
  RenderedPage list(FootprintQuery query, NextLink link, long version) {
    if (query.organisations().isEmpty()) {
      throw new IllegalArgumentException("a listing is always limited to organisations");
    }
    if (!cache.enabled()) {
      misses.increment();
      return render(query, link, version);
    }
    PageCache.Key key = new PageCache.Key(query, link);
    RenderedPage cached = cache.get(key);
    if (cached != null && cached.version() == version && listsUnchanged(cached)) {
      hits.increment();
      return cached;
    }
    misses.increment();
    RenderedPage page = render(query, link, version);
    cache.put(key, page);
    return page;
  }

  private boolean listsUnchanged(RenderedPage page) {
    for (Map.Entry<Long, String> list : page.revocationLists().entrySet()) {
      if (!statuses.revocationListVersion(list.getKey()).equals(list.getValue())) {
        return false;
      }
    }
    return true;
  }

  private RenderedPage render(FootprintQuery query, NextLink link, long version) {
    PactFootprints.Rows read = footprints.page(query);
    List<PactFootprints.Row> rows = read.rows();
    boolean more = rows.size() > query.limit();
    List<PactFootprints.Row> page = more ? rows.subList(0, query.limit()) : rows;
    ByteArrayOutputStream body = new ByteArrayOutputStream(64 + page.size() * 4096);
    body.writeBytes(OPEN);
    for (int i = 0; i < page.size(); i++) {
      if (i > 0) {
        body.write(',');
      }
      body.writeBytes(page.get(i).document().getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(CLOSE);
    String next = more ? "<" + nextPage(query, page, link) + ">; rel=\"next\"" : null;
    return RenderedPage.of(version, body.toByteArray(), next, read.revocationLists());
  }

  /**
   * The page after {@code page}. After an empty page ({@code limit=0}) the listing starts where
   * that page stood, with the default page size.
   */
  private static String nextPage(
      FootprintQuery query, List<PactFootprints.Row> page, NextLink link) {
    if (page.isEmpty()) {
      return link.to(FootprintQuery.DEFAULT_LIMIT, query.after());
    }
    return link.to(query.limit(), page.get(page.size() - 1).seq());
  }

  private static Counter counter(MeterRegistry meters, String result) {
    return Counter.builder("gvr.pact.page.cache")
        .description("PACT ListFootprints pages served from the cache (hit) or rendered (miss)")
        .tag("result", result)
        .register(meters);
  }
}
