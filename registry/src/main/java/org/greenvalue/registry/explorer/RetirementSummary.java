package org.greenvalue.registry.explorer;

import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A retirement as the explorer lists it.
 *
 * @param allocationId the allocation retired (at the end of a custody chain); null when the lot
 *     itself was retired
 * @param reason the retirement reason named in the signed certificate; null when the certificate
 *     names none (retirements made before reasons existed)
 * @param claimPeriod the claim period named in the certificate; null when it names none
 */
record RetirementSummary(
    UUID id,
    UUID lotId,
    UUID allocationId,
    String quantity,
    String beneficiary,
    String purpose,
    String reason,
    Period claimPeriod,
    String retiredBy,
    Instant retiredAt,
    LedgerEvidence ledger) {}
