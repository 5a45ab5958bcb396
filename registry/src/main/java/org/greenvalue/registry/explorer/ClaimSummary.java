package org.greenvalue.registry.explorer;

import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/** A downstream credential's claim on an allocation; tCO2e as decimal text. */
record ClaimSummary(
    UUID allocationId, String credentialId, String quantity, Instant at, LedgerEvidence ledger) {}
