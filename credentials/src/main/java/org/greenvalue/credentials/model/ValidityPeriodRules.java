package org.greenvalue.credentials.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/**
 * Whether a credential is valid now, against an injected clock: {@code validFrom}/{@code
 * validUntil} for VC DM 2.0 (§4.9), {@code issuanceDate}/{@code expirationDate} for VC DM 1.1
 * (§4.6, §4.7). A 1.1 {@code issuanceDate} up to {@link #CLOCK_SKEW} in the future passes, as an
 * issuer's clock may run a little ahead of ours.
 */
public final class ValidityPeriodRules {

  /** How far in the future a 1.1 {@code issuanceDate} may lie. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Clock clock;

  public ValidityPeriodRules(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public VerificationReport check(VerifiableCredential credential) {
    Instant now = clock.instant();
    boolean legacy = credential.dataModel().orElse(null) == DataModelVersion.V1_1;
    String startTerm = legacy ? "issuanceDate" : "validFrom";
    String endTerm = legacy ? "expirationDate" : "validUntil";
    Instant latestStart = legacy ? now.plus(CLOCK_SKEW) : now;
    Check started =
        credential
            .validityStart()
            .map(
                from ->
                    latestStart.isBefore(from)
                        ? Check.failed("vc.validity.started", "not valid before " + from)
                        : Check.passed("vc.validity.started", "valid since " + from))
            .orElseGet(() -> Check.skipped("vc.validity.started", "no valid " + startTerm));
    Check notExpired =
        credential
            .validityEnd()
            .map(
                until ->
                    now.isAfter(until)
                        ? Check.failed("vc.validity.notExpired", "expired at " + until)
                        : Check.passed("vc.validity.notExpired", "valid until " + until))
            .orElseGet(() -> Check.skipped("vc.validity.notExpired", "no valid " + endTerm));
    return VerificationReport.of(started, notExpired);
  }
}
