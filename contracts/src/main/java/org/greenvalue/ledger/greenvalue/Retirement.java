package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.ledger.Bytes32;

/**
 * A retirement (value used up for good) of a lot or, when {@code allocationId} is present, of an
 * allocation of that lot.
 */
public record Retirement(
    Bytes32 retirementId,
    Bytes32 lotId,
    Optional<Bytes32> allocationId,
    BigInteger grams,
    Instant retiredAt,
    RetirementTerms terms) {}
