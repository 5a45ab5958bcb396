package org.greenvalue.ledger.greenvalue;

/**
 * What a retirement is for: the same for every item of a bulk retirement.
 *
 * @param beneficiary who the reduction is claimed for (must not be empty)
 * @param purpose what it is claimed for, free text (e.g. Scope 3 reporting 2025, a loan id)
 * @param claimPeriod the period the beneficiary claims the reduction for
 */
public record RetirementTerms(
    String beneficiary, String purpose, RetirementReason reason, Period claimPeriod) {}
