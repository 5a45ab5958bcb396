package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;

class ValidityPeriodRulesTest {

  private static final VerifiableCredential CREDENTIAL =
      VerifiableCredential.parse(VerifiableCredentialTest.TEXT).value();

  private static ValidityPeriodRules at(String instant) {
    return new ValidityPeriodRules(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void passesWithinTheValidityPeriod() {
    assertThat(at("2025-06-01T00:00:00Z").check(CREDENTIAL).valid()).isTrue();
  }

  @Test
  void failsBeforeValidFrom() {
    var report = at("2024-12-31T23:59:59Z").check(CREDENTIAL);
    assertThat(report.failures()).extracting(Check::name).containsExactly("vc.validity.started");
  }

  @Test
  void failsAfterValidUntil() {
    var report = at("2025-12-31T23:00:01Z").check(CREDENTIAL);
    assertThat(report.failures()).extracting(Check::name).containsExactly("vc.validity.notExpired");
  }

  @Test
  void skipsBothChecksWithoutDates() {
    var report =
        at("2025-06-01T00:00:00Z")
            .check(CREDENTIAL.withoutProperty("validFrom").withoutProperty("validUntil"));
    assertThat(report.checks()).allMatch(c -> c.outcome() == Check.Outcome.SKIPPED);
  }
}
