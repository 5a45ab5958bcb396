package org.greenvalue.registry.anchoring;

import java.time.Duration;
import org.greenvalue.ledger.tx.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background loop: settles unfinished batches first (so a restart completes what a crash left),
 * then anchors pending digests, every {@code interval} or at once while full batches are waiting.
 * While the ledger fails it backs off, doubling the wait up to {@code max-backoff}; digests wait in
 * the outbox meanwhile.
 */
@Component
class AnchorWorker implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(AnchorWorker.class);

  private final BatchAnchorer anchorer;
  private final AnchoringProperties properties;
  private final AnchoringMetrics metrics;
  private final RetryPolicy backoff;
  private volatile Thread thread;
  private volatile boolean running;

  AnchorWorker(BatchAnchorer anchorer, AnchoringProperties properties, AnchoringMetrics metrics) {
    this.anchorer = anchorer;
    this.metrics = metrics;
    this.properties = properties;
    Duration first = properties.interval();
    this.backoff =
        new RetryPolicy(
            Integer.MAX_VALUE,
            first,
            properties.maxBackoff().compareTo(first) < 0 ? first : properties.maxBackoff());
  }

  private void run() {
    int failures = 0;
    while (running) {
      try {
        anchorer.measureDepth();
        anchorer.settleUnfinished();
        int taken = anchorer.anchorPending(properties.maxBatch());
        failures = 0;
        if (taken < properties.maxBatch()) {
          Thread.sleep(properties.interval());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        failures++;
        metrics.failed();
        Duration wait = backoff.backoffAfter(failures);
        log.warn("anchoring attempt {} failed, next in {}: {}", failures, wait, e.toString());
        try {
          Thread.sleep(wait);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  @Override
  public void start() {
    if (properties.workerEnabled()) {
      running = true;
      thread = Thread.ofPlatform().name("anchoring-worker").daemon().start(this::run);
    }
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    thread = null;
    if (t != null) {
      t.interrupt();
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
