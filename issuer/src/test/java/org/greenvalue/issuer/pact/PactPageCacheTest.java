package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ListFootprints pages served from the cache of rendered pages, and entity tags on the PACT API.
 */
class PactPageCacheTest extends IssuerIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();

  @Autowired MeterRegistry meters;
  @Autowired FootprintPages pages;

  @Test
  void servesTheSameBytesTwiceFromTheCache() {
    String product = product();
    String org = organisation();
    issue(org, product);
    issue(org, product);
    String token = pactToken();
    double hits = cacheCount("hit");
    double misses = cacheCount("miss");

    Response first = get("localhost", "/3/footprints?productId=" + product, token);
    Response second = get("localhost", "/3/footprints?productId=" + product, token);

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).startsWith("\"");
    assertThat(second.headers().allValues("ETag")).hasSize(1);
    assertThat(second.header("Content-Type")).startsWith("application/json");
    assertThat(second.header("Content-Length"))
        .isEqualTo(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(ids(second)).hasSize(2);
    assertThat(cacheCount("miss")).isEqualTo(misses + 1);
    assertThat(cacheCount("hit")).isEqualTo(hits + 1);
  }

  @Test
  void aFootprintIssuedBetweenTwoListingsIsOnTheNextOne() {
    String product = product();
    String org = organisation();
    String before = issue(org, product);
    String token = pactToken();
    String path = "/3/footprints?productId=" + product;
    Response first = get("localhost", path, token);
    assertThat(ids(first)).containsExactly(before);
    long version = version();

    String after = issue(org, product);

    assertThat(version()).isEqualTo(version + 1);
    Response second = get("localhost", path, token);
    assertThat(ids(second)).containsExactly(before, after);
    assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
  }

  @Test
  void differentFiltersLimitsCursorsAndHostsNeverShareAPage() {
    String product = product();
    String org = organisation();
    List<String> ids = List.of(issue(org, product), issue(org, product), issue(org, product));
    String token = pactToken();
    String all = "/3/footprints?productId=" + product;
    assertThat(ids(get("localhost", all, token))).containsExactlyElementsOf(ids);

    assertThat(ids(get("localhost", all + "&limit=1", token))).containsExactly(ids.get(0));
    assertThat(ids(get("localhost", all + "&limit=2", token)))
        .containsExactly(ids.get(0), ids.get(1));
    Response paged = get("localhost", all + "&limit=1", token);
    String cursor = paged.header("Link").replaceAll(".*cursor=(\\d+)>.*", "$1");
    assertThat(ids(get("localhost", all + "&limit=1&cursor=" + cursor, token)))
        .containsExactly(ids.get(1));
    assertThat(ids(get("localhost", all + "&status=Deprecated", token))).isEmpty();
    assertThat(ids(get("localhost", all + "&geography=XX", token))).isEmpty();
    assertThat(ids(get("localhost", "/3/footprints?productId=urn:none:" + product, token)))
        .isEmpty();

    Response local = get("localhost", all + "&limit=1", token);
    Response loopback = get("127.0.0.1", all + "&limit=1", token);
    assertThat(local.header("Link")).startsWith("<http://localhost:" + PORT + "/3/footprints?");
    assertThat(loopback.header("Link")).startsWith("<http://127.0.0.1:" + PORT + "/3/footprints?");
    assertThat(loopback.header("ETag")).isNotEqualTo(local.header("ETag"));
  }

  @Test
  void clientsBoundToOtherOrganisationsNeverShareAPage() {
    String product = product();
    String a = organisation();
    String b = organisation();
    String ofA = issue(a, product);
    String ofB = issue(b, product);
    String clientA = "cache-a-" + UUID.randomUUID();
    String clientB = "cache-b-" + UUID.randomUUID();
    String clientBoth = "cache-ab-" + UUID.randomUUID();
    Fixtures.bindPactClient(http(), a, clientA);
    Fixtures.bindPactClient(http(), b, clientB);
    Fixtures.bindPactClient(http(), a, clientBoth);
    Fixtures.bindPactClient(http(), b, clientBoth);
    FootprintQuery query = FootprintQuery.from(Map.of("productId", List.of(product)));
    NextLink link = new NextLink("http", "localhost", PORT, "/3/footprints", List.of());

    RenderedPage onlyA = pages.list(query, link, clientA);
    RenderedPage onlyB = pages.list(query, link, clientB);
    RenderedPage both = pages.list(query, link, clientBoth);
    RenderedPage none = pages.list(query, link, "cache-unbound-" + UUID.randomUUID());

    assertThat(ids(onlyA.body())).containsExactly(ofA);
    assertThat(ids(onlyB.body())).containsExactly(ofB);
    assertThat(ids(both.body())).containsExactly(ofA, ofB);
    assertThat(ids(none.body())).isEmpty();
    // served again, from the cache, each still sees its own page only
    assertThat(ids(pages.list(query, link, clientB).body())).containsExactly(ofB);
    assertThat(ids(pages.list(query, link, clientA).body())).containsExactly(ofA);
  }

  @Test
  void answersAMatchingIfNoneMatchWithNotModified() {
    String product = product();
    String org = organisation();
    issue(org, product);
    String token = pactToken();
    String path = "/3/footprints?productId=" + product;
    Response page = get("localhost", path, token);
    String etag = page.header("ETag");

    Response same = get("localhost", path, token, "If-None-Match", etag);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(same.header("ETag")).isEqualTo(etag);
    assertThat(get("localhost", path, token, "If-None-Match", "\"other\", " + etag).status())
        .isEqualTo(304);
    assertThat(get("localhost", path, token, "If-None-Match", "W/" + etag).status()).isEqualTo(304);
    assertThat(get("localhost", path, token, "If-None-Match", "*").status()).isEqualTo(304);
    Response garbage = get("localhost", path, token, "If-None-Match", "not an entity tag");
    assertThat(garbage.status()).isEqualTo(200);
    assertThat(garbage.body()).isEqualTo(page.body());

    issue(org, product);
    Response stale = get("localhost", path, token, "If-None-Match", etag);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(200);
    assertThat(ids(stale)).hasSize(2);
    assertThat(stale.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void aFootprintHasAnEntityTagOfItsDocument() {
    String id = issue(organisation(), product());
    String token = pactToken();
    Response footprint = get("localhost", "/3/footprints/" + id, token);
    assertThat(footprint.status()).as(footprint.toString()).isEqualTo(200);
    String etag = footprint.header("ETag");
    assertThat(etag)
        .isEqualTo(RenderedPage.etagOf(footprint.body().getBytes(StandardCharsets.UTF_8)));

    Response same = get("localhost", "/3/footprints/" + id, token, "If-None-Match", etag);
    assertThat(same.status()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    Response other = get("localhost", "/3/footprints/" + id, token, "If-None-Match", "\"x\"");
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.body()).isEqualTo(footprint.body());
  }

  @Test
  void refusalsCarryNoEntityTag() {
    String token = pactToken();
    Response bad = get("localhost", "/3/footprints?limit=-1", token, "If-None-Match", "*");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("ETag")).isNull();
    Response unknown =
        get("localhost", "/3/footprints/" + UUID.randomUUID(), token, "If-None-Match", "*");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("ETag")).isNull();
  }

  private double cacheCount(String result) {
    return meters.counter("gvr.pact.page.cache", "result", result).count();
  }

  private long version() {
    return jdbc.sql("SELECT version FROM footprints_version").query(Long.class).single();
  }

  private static String product() {
    return "urn:pact:product-id:cache:" + UUID.randomUUID();
  }

  private String organisation() {
    String org = orgId("cache");
    Fixtures.organisation(http(), org, "key", "supplier");
    Fixtures.bindPactClient(http(), org, "pact-client");
    return org;
  }

  private String issue(String org, String product) {
    return Fixtures.issueFootprint(http(), org, product);
  }

  private String pactToken() {
    Http.Reply r = http().tokenRequest("/auth/token", "pact-client", "pact-secret", "");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  private Response get(String host, String path, String token, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + PORT + path))
            .header("Authorization", "Bearer " + token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r =
          client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static List<String> ids(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return ids(r.body().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(byte[] body) {
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode footprint : JSON.readTree(body).get("data")) {
        ids.add(footprint.get("id").asText());
      }
      return ids;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private record Response(int status, java.net.http.HttpHeaders headers, String body) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
