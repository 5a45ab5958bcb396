package org.greenvalue.registry.anchoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How submissions are written and batches anchored.
 *
 * @param groupCommit write submissions a few hundred per transaction (a 202 still means durable);
 *     {@code false} writes one transaction per request (the naive baseline)
 * @param writers threads writing submission groups
 * @param groupSize the most submissions one group transaction takes
 * @param interval how often the worker looks for pending digests
 * @param maxBatch the most digests one batch (one Merkle root, one transaction) takes
 * @param maxBackoff the longest wait between attempts while the ledger fails
 * @param workerEnabled run the anchoring worker in this instance
 */
@Validated
@ConfigurationProperties("gvr.registry.anchoring")
public record AnchoringProperties(
    @DefaultValue("true") boolean groupCommit,
    @Min(1) @Max(16) @DefaultValue("2") int writers,
    @Min(1) @Max(5000) @DefaultValue("500") int groupSize,
    @NotNull @DefaultValue("250ms") Duration interval,
    @Min(1) @Max(100_000) @DefaultValue("10000") int maxBatch,
    @NotNull @DefaultValue("30s") Duration maxBackoff,
    @DefaultValue("true") boolean workerEnabled) {}
