package org.greenvalue.issuer.status;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Status list entries for issued credentials.
 *
 * @param purposes which entries each credential gets ({@code revocation}, {@code suspension})
 * @param poolSize entries kept allocated ahead per organisation and purpose
 * @param refillInterval how often the pool is topped up
 * @param listRefresh how long a published revocation list read from the registry is reused for the
 *     PACT extension before it is read again: a revocation made elsewhere (another instance, the
 *     registry directly) shows on this instance's PACT pages within this time; one made through
 *     this instance shows at once
 */
@Validated
@ConfigurationProperties("gvr.issuer.status")
public record StatusProperties(
    @NotEmpty @DefaultValue({"revocation", "suspension"}) List<String> purposes,
    @Min(0) @Max(1_000_000) @DefaultValue("20") int poolSize,
    @NotNull @DefaultValue("2s") Duration refillInterval,
    @NotNull @DefaultValue("10s") Duration listRefresh) {}
