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
 * @param publicBaseUrl the URL verifiers reach the registry at, for {@code statusListCredential};
 *     empty uses the request's own
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
    @Min(131_072) @DefaultValue("131072") int size,
    @DecimalMin("0.01") @DecimalMax("1.0") @DefaultValue("0.5") double fillLimit,
    @NotNull @DefaultValue("1s") Duration maxAge) {}
