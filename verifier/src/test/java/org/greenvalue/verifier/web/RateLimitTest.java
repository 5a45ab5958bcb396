package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static final class MovingClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(T0);

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }
  }

  @Test
  void refusesPastTheCapacityWithTheWaitAndRefillsOverTime() {
    var clock = new MovingClock();
    var limit = new RateLimit(2, 6, 100, clock);

    assertThat(limit.take("a")).isInstanceOf(RateLimit.Decision.Allowed.class);
    assertThat(limit.take("a")).isInstanceOf(RateLimit.Decision.Allowed.class);
    assertThat(limit.take("a")).isEqualTo(new RateLimit.Decision.Refused(Duration.ofSeconds(10)));
    assertThat(limit.take("b"))
        .as("another address has its own bucket")
        .isInstanceOf(RateLimit.Decision.Allowed.class);

    clock.advance(Duration.ofSeconds(10));
    assertThat(limit.take("a")).isInstanceOf(RateLimit.Decision.Allowed.class);
    assertThat(limit.take("a")).isInstanceOf(RateLimit.Decision.Refused.class);
  }

  @Test
  void manyAddressesDoNotGrowItWithoutBound() {
    var clock = new MovingClock();
    var limit = new RateLimit(1, 60, 3, clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limit.take("client-" + i)).isInstanceOf(RateLimit.Decision.Allowed.class);
    }
    assertThat(limit.take("client-9")).isInstanceOf(RateLimit.Decision.Refused.class);
  }
}
