package org.greenvalue.issuer.pact;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The cache of rendered PACT ListFootprints pages.
 *
 * @param pageCacheSize pages kept (least recently used out first); 0 disables the cache
 * @param pageCacheMaxBytes the most the kept pages may weigh together (a page of 100 footprints
 *     with their credentials is about 500 KiB)
 */
@Validated
@ConfigurationProperties("gvr.issuer.pact")
public record PactPageCacheProperties(
    @Min(0) @DefaultValue("256") int pageCacheSize,
    @NotNull @DefaultValue("64MB") DataSize pageCacheMaxBytes) {}
