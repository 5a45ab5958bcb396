package org.greenvalue.ledger.trust;

import java.time.Instant;

/**
 * One accreditation of a DID for a credential type, as recorded.
 *
 * @param validity the period it covers
 * @param accreditor the trust authority account that recorded it
 * @param recordedAt block time of the recording
 */
public record Accreditation(Validity validity, String accreditor, Instant recordedAt) {}
