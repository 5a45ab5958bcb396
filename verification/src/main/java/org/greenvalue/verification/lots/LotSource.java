package org.greenvalue.verification.lots;

import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;

/** Finds the green-value lot minted from a credential. */
public interface LotSource {

  /** The lot, empty when none was minted; a failure when the source could not answer. */
  Result<Optional<LotFacts>> lotOf(String credentialDigest);

  /**
   * A lot by its registry id, as the chain holds it; empty when the chain has none; a failure when
   * the source could not answer or cannot look lots up by id.
   */
  default Result<Optional<ChainLot>> lotById(UUID lotId) {
    return Result.failure(describe() + " cannot look lots up by id");
  }

  String describe();
}
