package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import org.greenvalue.ledger.Bytes32;

/**
 * Grams of a lot to retire, once per {@code retirementId}.
 *
 * @param beneficiary who the reduction is claimed for (must not be empty)
 * @param purpose what it is claimed for (e.g. Scope 3 reporting 2025, a loan id)
 */
public record RetireRequest(
    Bytes32 lotId, Bytes32 retirementId, BigInteger grams, String beneficiary, String purpose) {}
