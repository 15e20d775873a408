package org.ccmarchive.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientLimiterTest {

  private final AtomicLong now = new AtomicLong();
  private final ClientLimiter limiter = new ClientLimiter(3, Duration.ofSeconds(10), now::get);

  @Test
  void aBurstIsAllowedThenOneWritePerPeriodAndEachClientHasItsOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("203.0.113.7")).isZero();
    }
    assertThat(limiter.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(10).toNanos());
    assertThat(limiter.take("198.51.100.2")).isZero();

    now.addAndGet(Duration.ofSeconds(4).toNanos());
    assertThat(limiter.take("203.0.113.7")).isEqualTo(Duration.ofSeconds(6).toNanos());
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    assertThat(limiter.take("203.0.113.7")).isZero();
    assertThat(limiter.take("203.0.113.7")).isPositive();

    now.addAndGet(Duration.ofHours(1).toNanos());
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("203.0.113.7")).as("refilled to the burst, no more").isZero();
    }
    assertThat(limiter.take("203.0.113.7")).isPositive();
  }

  @Test
  void aFloodOfAddressesIsForgottenRatherThanRemembered() {
    for (int i = 0; i < ClientLimiter.MAX_CLIENTS + 50; i++) {
      limiter.take("client " + i);
    }
    assertThat(limiter.remembered()).isLessThanOrEqualTo(ClientLimiter.MAX_CLIENTS);
  }
}
