package org.greenvalue.registry.status;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Status lists.
 *
 * @param publicBaseUrl the URL verifiers reach the registry at, for {@code statusListCredential}:
 *     an {@code https} URL; empty uses the request's own, which only {@code allowHttp} permits
 * @param allowHttp whether a status list URL may be plain {@code http} (or taken from the request):
 *     for the local demo and tests (the dev profile) only, since a verifier must be able to trust
 *     that the list it fetched is the one the issuer published
 * @param size entries per list (at least 131,072, the specification's minimum)
 * @param fillLimit share of a list allocated before a new one is opened; random indexes in a list
 *     that is never full keep entries hard to correlate
 * @param maxAge how long a verifier may cache a list ({@code Cache-Control} and {@code ttl}): the
 *     bound on how late a status change is seen. Lists are re-signed on the first read after a
 *     change, so the registry itself never serves a stale list.
 */
@Validated
@ConfigurationProperties("gvr.registry.status-lists")
public record StatusListProperties(
    URI publicBaseUrl,
    @DefaultValue("false") boolean allowHttp,
    @Min(131_072) @DefaultValue("131072") int size,
    @DecimalMin("0.01") @DecimalMax("1.0") @DefaultValue("0.5") double fillLimit,
    @NotNull @DefaultValue("1s") Duration maxAge) {

  public StatusListProperties {
    if (!allowHttp) {
      if (publicBaseUrl == null) {
        throw new IllegalArgumentException(
            "gvr.registry.status-lists.public-base-url must be set to an https URL (only"
                + " allow-http, for the local demo, lets status list URLs follow the request)");
      }
      if (!"https".equalsIgnoreCase(publicBaseUrl.getScheme()) || publicBaseUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "gvr.registry.status-lists.public-base-url must be an https URL, not '"
                + publicBaseUrl
                + "' (allow-http is for the local demo only)");
      }
    }
  }
}
