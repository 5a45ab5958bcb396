package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds and the replacement rule of the cache of rendered pages. */
class PageCacheTest {
  private static final NextLink LINK =
      new NextLink("http", "localhost", 8081, "/3/footprints", List.of());

  @Test
  void dropsTheLeastRecentlyUsedPageBeyondItsEntries() {
    PageCache cache = new PageCache(2, 1 << 20);
    cache.put(key("a"), page(1, 10));
    cache.put(key("b"), page(1, 10));
    assertThat(cache.get(key("a"))).isNotNull();
    cache.put(key("c"), page(1, 10));
    assertThat(cache.get(key("b"))).isNull();
    assertThat(cache.get(key("a"))).isNotNull();
    assertThat(cache.get(key("c"))).isNotNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void staysWithinItsBytes() {
    RenderedPage page = page(1, 1000);
    PageCache cache = new PageCache(100, 2 * page.size());
    cache.put(key("a"), page);
    cache.put(key("b"), page(1, 1000));
    cache.put(key("c"), page(1, 1000));
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.bytes()).isLessThanOrEqualTo(2 * page.size());
    assertThat(cache.get(key("a"))).isNull();
    cache.put(key("huge"), page(1, 10_000));
    assertThat(cache.get(key("huge"))).isNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void neverReplacesAPageWithAnOlderOne() {
    PageCache cache = new PageCache(10, 1 << 20);
    RenderedPage newer = page(5, 10);
    cache.put(key("a"), newer);
    cache.put(key("a"), page(4, 10));
    assertThat(cache.get(key("a"))).isSameAs(newer);
    RenderedPage latest = page(6, 10);
    cache.put(key("a"), latest);
    assertThat(cache.get(key("a"))).isSameAs(latest);
    assertThat(cache.bytes()).isEqualTo(latest.size());
  }

  @Test
  void keepsNothingWhenDisabled() {
    PageCache cache = new PageCache(0, 1 << 20);
    assertThat(cache.enabled()).isFalse();
    cache.put(key("a"), page(1, 10));
    assertThat(cache.get(key("a"))).isNull();
  }

  @Test
  void keysDifferByOrganisationsAndByWhereTheLinkPoints() {
    FootprintQuery query = FootprintQuery.from(Map.of("productId", List.of("p")));
    assertThat(new PageCache.Key(query.onlyOrganisations(List.of("a")), LINK))
        .isNotEqualTo(new PageCache.Key(query.onlyOrganisations(List.of("b")), LINK));
    assertThat(new PageCache.Key(query, LINK))
        .isNotEqualTo(
            new PageCache.Key(
                query, new NextLink("http", "127.0.0.1", 8081, "/3/footprints", List.of())));
    assertThat(new PageCache.Key(FootprintQuery.from(Map.of("productId", List.of("p"))), LINK))
        .isEqualTo(new PageCache.Key(query, LINK));
  }

  @Test
  void entityTagsDependOnTheLinkToo() {
    byte[] body = "{\"data\":[]}".getBytes();
    assertThat(RenderedPage.of(1, body, null).etag())
        .isNotEqualTo(RenderedPage.of(1, body, "<http://x/3/footprints?cursor=1>").etag())
        .isEqualTo(RenderedPage.of(2, body, null).etag())
        .isEqualTo(RenderedPage.etagOf(body));
  }

  private static PageCache.Key key(String product) {
    return new PageCache.Key(FootprintQuery.from(Map.of("productId", List.of(product))), LINK);
  }

  private static RenderedPage page(long version, int bytes) {
    return RenderedPage.of(version, new byte[bytes], null);
  }
}
