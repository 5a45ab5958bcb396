package org.greenvalue.credentials.model;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/** Whether a credential is valid now (VC DM 2.0 §4.9), against an injected clock. */
public final class ValidityPeriodRules {

  private final Clock clock;

  public ValidityPeriodRules(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public VerificationReport check(VerifiableCredential credential) {
    Instant now = clock.instant();
    Check started =
        credential
            .validFrom()
            .map(
                from ->
                    now.isBefore(from)
                        ? Check.failed("vc.validity.started", "not valid before " + from)
                        : Check.passed("vc.validity.started", "valid since " + from))
            .orElseGet(() -> Check.skipped("vc.validity.started", "no valid validFrom"));
    Check notExpired =
        credential
            .validUntil()
            .map(
                until ->
                    now.isAfter(until)
                        ? Check.failed("vc.validity.notExpired", "expired at " + until)
                        : Check.passed("vc.validity.notExpired", "valid until " + until))
            .orElseGet(() -> Check.skipped("vc.validity.notExpired", "no valid validUntil"));
    return VerificationReport.of(started, notExpired);
  }
}
