package org.greenvalue.registry.greenvalue;

import org.greenvalue.ledger.greenvalue.Period;
import org.greenvalue.ledger.greenvalue.RetirementReason;

/** What a retirement is for, as requested; {@code purpose} may be null. */
record RetirementTerms(
    RetirementReason reason, String beneficiary, TimeSpan claimPeriod, String purpose) {

  org.greenvalue.ledger.greenvalue.RetirementTerms onChain() {
    Period period = claimPeriod.requireValid("claimPeriod");
    return new org.greenvalue.ledger.greenvalue.RetirementTerms(
        beneficiary, purpose == null ? "" : purpose, reason, period);
  }
}
