package org.greenvalue.issuer.anchoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The issuer-side anchoring outbox.
 *
 * @param interval how often the worker looks for due digests
 * @param batchSize digests forwarded per round, in one request (the registry takes up to 1,000)
 * @param initialBackoff wait after the first failed attempt; doubled per attempt
 * @param maxBackoff the longest wait between attempts
 * @param receiptCheckInterval how often a submitted digest's anchoring is asked about
 * @param claimLease how long a digest claimed for sending is kept from other workers and instances;
 *     one whose instance died while sending it is sent again after this
 */
@Validated
@ConfigurationProperties("gvr.issuer.anchoring")
public record AnchoringProperties(
    @NotNull @DefaultValue("250ms") Duration interval,
    @Min(1) @Max(1_000) @DefaultValue("200") int batchSize,
    @NotNull @DefaultValue("1s") Duration initialBackoff,
    @NotNull @DefaultValue("60s") Duration maxBackoff,
    @NotNull @DefaultValue("1s") Duration receiptCheckInterval,
    @NotNull @DefaultValue("1m") Duration claimLease) {

  public AnchoringProperties {
    if (claimLease != null && (claimLease.isNegative() || claimLease.isZero())) {
      throw new IllegalArgumentException("gvr.issuer.anchoring.claim-lease must be positive");
    }
  }

  /** The wait after {@code attempts} failed attempts: doubling, capped. */
  public Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
