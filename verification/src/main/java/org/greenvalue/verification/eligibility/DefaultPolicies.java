package org.greenvalue.verification.eligibility;

import java.util.List;

/** The policies a fresh verifier starts with. */
public final class DefaultPolicies {

  private DefaultPolicies() {}

  /**
   * {@code green-loan}: a verified, assured, anchored ΔCO2 claim of at least 100 t from a trusted
   * issuer, not revoked or retired, for a period that ended within the last 24 months.
   */
  public static Policy greenLoan() {
    return new Policy(
        "green-loan",
        1,
        "Green loan: an assured, anchored CO2 reduction of at least 100 t that is still available",
        List.of(
            new Policy.Rule(
                "verified", "every check of the credential passed or was skipped", "valid"),
            new Policy.Rule(
                "trusted-issuer", "the issuer was accredited at issuance", "issuerTrusted"),
            new Policy.Rule(
                "reduction-at-least-100t",
                "a ΔCO2 reduction of at least 100 tCO2e",
                "subjectKind == 'EMISSION_REDUCTION' && atLeast(reduction, '100')"),
            new Policy.Rule(
                "reasonable-assurance",
                "reasonable assurance, unmodified opinion, by an accredited provider",
                "assured && assuranceLevel == 'reasonable' && assuranceOpinion == 'unmodified'"
                    + " && assuranceProviderAccredited"),
            new Policy.Rule("anchored", "the credential is anchored on the ledger", "anchored"),
            new Policy.Rule(
                "not-revoked-or-retired",
                "not revoked or suspended, and its lot (if any) not fully retired",
                "!revoked && !suspended && lotState != 'retired'"),
            new Policy.Rule(
                "recent-period",
                "the monitoring period ended within the last 24 months",
                "periodEnd > now - duration('17520h') && periodEnd <= now")));
  }
}
