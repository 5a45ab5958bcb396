package org.greenvalue.ledger.trust;

import java.time.Instant;

/** A suspension, reinstatement or revocation (or re-accreditation), effective at block time. */
public record StatusChange(Instant at, TrustStatus status, String by, String reason) {}
