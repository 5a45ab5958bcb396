package org.greenvalue.verification.lots;

import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;

/** Finds the green-value lot minted from a credential. */
public interface LotSource {

  /** The lot, empty when none was minted; a failure when the source could not answer. */
  Result<Optional<LotFacts>> lotOf(String credentialDigest);

  String describe();
}
