package org.greenvalue.registry.explorer;

import java.time.Instant;
import java.util.UUID;

/**
 * A lot as the explorer lists it; quantities are tCO2e as decimal text.
 *
 * @param parentId the lot it was transferred out of; null for a minted lot
 * @param createdAt when the registry recorded it (the list order)
 */
record LotSummary(
    UUID id,
    UUID parentId,
    String owner,
    String projectId,
    String facilityId,
    String credentialDigest,
    Instant periodStart,
    Instant periodEnd,
    String quantity,
    String available,
    String allocated,
    String retired,
    String transferred,
    String chainLotId,
    Instant createdAt) {}
