package org.greenvalue.credentials.did;

import java.time.Clock;
import java.util.List;
import org.greenvalue.common.Result;

/** Resolves any DID by handing it to the first resolver that supports its method. */
public final class DidResolvers implements DidResolver {

  private final List<DidResolver> resolvers;

  public DidResolvers(List<DidResolver> resolvers) {
    this.resolvers = List.copyOf(resolvers);
  }

  /** {@code did:key} and {@code did:web} (with its configuration, fetcher and cache). */
  public static DidResolvers keyAndWeb(DidWebConfig web, HttpFetcher fetcher, Clock clock) {
    return new DidResolvers(List.of(new DidKeyResolver(), new DidWebResolver(web, fetcher, clock)));
  }

  @Override
  public boolean supports(String did) {
    return resolvers.stream().anyMatch(r -> r.supports(did));
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    return resolvers.stream()
        .filter(r -> r.supports(did))
        .findFirst()
        .map(r -> r.resolve(did))
        .orElseGet(() -> Result.failure("no resolver for DID method of " + did));
  }
}
