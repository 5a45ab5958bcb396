package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import java.time.Instant;
import org.greenvalue.ledger.Bytes32;

/** A retirement (a claim used up for good) for a named beneficiary and purpose. */
public record Retirement(
    Bytes32 retirementId,
    Bytes32 lotId,
    BigInteger grams,
    Instant retiredAt,
    String beneficiary,
    String purpose) {}
