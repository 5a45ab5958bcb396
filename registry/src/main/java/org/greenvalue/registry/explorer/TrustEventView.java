package org.greenvalue.registry.explorer;

import java.time.Instant;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * An accreditation ({@code ACCREDITED}) or status change ({@code STATUS_CHANGED}) as recorded on
 * chain; {@code ledger.blockTime()} is null while it is pending.
 */
record TrustEventView(
    long id,
    String did,
    String credentialType,
    String kind,
    String status,
    String role,
    Instant validFrom,
    Instant validUntil,
    String accreditingAuthority,
    String reason,
    LedgerEvidence ledger) {}
