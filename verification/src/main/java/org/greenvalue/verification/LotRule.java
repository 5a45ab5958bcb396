package org.greenvalue.verification;

import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;
import org.greenvalue.verification.lots.LotSource;

/** The green-value lot minted from a ΔCO2 credential: available, partly used or retired. */
final class LotRule implements Rule {

  static final String NAME = "lot.state";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Check> check(RuleInput in) {
    return List.of(check(in.claim(), in.sources().lots(), in.facts()));
  }

  static Check check(Claim claim, Optional<LotSource> source, FactsBuilder facts) {
    if (claim.kind().isEmpty()) {
      return Check.skipped(NAME, claim.notOurs());
    }
    if (claim.kind().filter(k -> k == SubjectKind.EMISSION_REDUCTION).isEmpty()) {
      return Check.skipped(NAME, "only ΔCO2 credentials back green-value lots");
    }
    if (source.isEmpty()) {
      return facts.missing(NAME, "no lot source configured");
    }
    if (!claim.digest().succeeded()) {
      return Check.skipped(NAME, "no digest to look the lot up by");
    }
    Result<Optional<LotFacts>> lot = source.get().lotOf(claim.digest().value().toString());
    if (!lot.succeeded()) {
      return facts.missing(NAME, "the lot source could not answer: " + lot.reason());
    }
    if (lot.value().isEmpty()) {
      return Check.passed(
          NAME, "no lot has been minted from this credential (" + source.get().describe() + ")");
    }
    LotFacts found = lot.value().get();
    facts.lot = Optional.of(found);
    return Check.passed(
        NAME,
        "lot "
            + found.lotId()
            + " "
            + found.state()
            + ": "
            + found.available().toPlainString()
            + " of "
            + found.quantity().toPlainString()
            + " tCO2e available, "
            + found.retired().toPlainString()
            + " retired");
  }
}
