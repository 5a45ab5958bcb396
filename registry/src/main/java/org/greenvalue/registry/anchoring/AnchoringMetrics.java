package org.greenvalue.registry.anchoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The anchoring meters: lag from submission to a stored receipt ({@code gvr.anchoring.lag}),
 * digests waiting for a batch ({@code gvr.anchoring.outbox.depth}) and digests per batch ({@code
 * gvr.anchoring.batch.size}) and failed worker attempts ({@code gvr.anchoring.failures}).
 */
@Component
class AnchoringMetrics {
  private final Timer lag;
  private final DistributionSummary batchSize;
  private final Counter failures;
  private final AtomicLong depth = new AtomicLong();

  AnchoringMetrics(MeterRegistry registry) {
    this.lag =
        Timer.builder("gvr.anchoring.lag")
            .description("time from a digest's submission to its stored anchor receipt")
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofMinutes(5))
            .register(registry);
    this.batchSize =
        DistributionSummary.builder("gvr.anchoring.batch.size")
            .description("digests per anchored batch (one Merkle root, one transaction)")
            .baseUnit("digests")
            .publishPercentileHistogram()
            .maximumExpectedValue(100_000.0)
            .register(registry);
    this.failures =
        Counter.builder("gvr.anchoring.failures")
            .description("worker attempts that failed (ledger down, not mined yet); each backs off")
            .register(registry);
    Gauge.builder("gvr.anchoring.outbox.depth", depth, AtomicLong::get)
        .description("digests submitted and not yet taken into a batch")
        .baseUnit("digests")
        .register(registry);
  }

  void anchored(int digests, Iterable<Duration> lags) {
    batchSize.record(digests);
    lags.forEach(lag::record);
  }

  void failed() {
    failures.increment();
  }

  void depth(long pending) {
    depth.set(pending);
  }
}
