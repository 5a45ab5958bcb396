package org.greenvalue.verification.lots;

import java.math.BigDecimal;
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

  /**
   * An allocation by its registry id, as the chain holds it; empty when the chain has none; a
   * failure when the source could not answer or cannot look allocations up by id.
   */
  default Result<Optional<ChainAllocation>> allocationById(UUID allocationId) {
    return Result.failure(describe() + " cannot look allocations up by id");
  }

  /**
   * The tCO2e the credential {@code credentialId} claimed of an allocation, as the chain holds it;
   * zero when it claimed none; a failure when the source could not answer or cannot read claims.
   */
  default Result<BigDecimal> claimOf(UUID allocationId, String credentialId) {
    return Result.failure(describe() + " cannot read claims on allocations");
  }

  String describe();
}
