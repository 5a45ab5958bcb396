package org.greenvalue.registry.explorer;

import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * One operation on a lot, with where it is on chain.
 *
 * @param counterparty as recorded: the other lot or transfer ({@code urn:uuid:}) of a transfer, the
 *     product batch or allocation of an allocation, the retirement of a retirement
 * @param retirementId the retirement a {@code RETIRED} event recorded; null otherwise
 */
record LotEventView(
    long id,
    UUID lotId,
    String kind,
    String quantity,
    String counterparty,
    UUID retirementId,
    Instant at,
    LedgerEvidence ledger) {}
