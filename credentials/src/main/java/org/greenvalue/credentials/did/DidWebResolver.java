package org.greenvalue.credentials.did;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The {@code did:web} method (W3C CCG did:web Method Specification): the document is fetched from
 * the DID's host, but only from allow-listed hosts (refused before any I/O), over HTTPS (plain HTTP
 * only to loopback in test configuration), within the configured timeouts and size, with a JSON
 * content type and HTTP 200. Resolved documents are cached for the configured time to live.
 */
public final class DidWebResolver implements DidResolver {

  private static final Set<String> CONTENT_TYPES =
      Set.of(
          "application/did+json",
          "application/did+ld+json",
          "application/json",
          "application/ld+json");

  private final DidWebConfig config;
  private final HttpFetcher fetcher;
  private final TtlCache<String, DidDocument> cache;

  public DidWebResolver(DidWebConfig config, HttpFetcher fetcher, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.cache = new TtlCache<>(clock, config.cacheTtl(), 1_000);
  }

  @Override
  public boolean supports(String did) {
    return did != null && did.startsWith(DidWebUrls.PREFIX);
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    if (did != null) {
      var cached = cache.get(did);
      if (cached.isPresent()) {
        return Result.success(cached.get());
      }
    }
    var location = DidWebUrls.locate(did, config.transport());
    if (!location.succeeded()) {
      return Result.failure(location.reason());
    }
    var where = location.value();
    if (!config.allows(where.host(), where.port())) {
      return Result.failure("did:web host " + where.host() + " is not allow-listed");
    }
    Result<DidDocument> resolved =
        fetcher
            .get(where.documentUrl(), config.limits())
            .flatMap(response -> document(response, where.documentUrl().toString()))
            .flatMap(json -> DidDocumentParser.parse(json, did));
    if (resolved.succeeded()) {
      cache.put(did, resolved.value());
    }
    return resolved;
  }

  private Result<jakarta.json.JsonObject> document(HttpFetcher.Response response, String url) {
    if (response.status() != 200) {
      return Result.failure("GET " + url + " answered HTTP " + response.status());
    }
    String mediaType = response.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!CONTENT_TYPES.contains(mediaType)) {
      return Result.failure(
          "GET " + url + " answered content type '" + response.contentType() + "', not DID JSON");
    }
    byte[] body = response.body();
    if (body.length > config.maxDocumentBytes()) {
      return Result.failure("DID document larger than " + config.maxDocumentBytes() + " bytes");
    }
    return JsonDocuments.parseObject(new String(body, StandardCharsets.UTF_8))
        .flatMap(Result::success);
  }
}
