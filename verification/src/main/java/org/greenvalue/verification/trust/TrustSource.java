package org.greenvalue.verification.trust;

import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;

/**
 * Answers whether a DID was accredited for a credential type at a time. A failure means the source
 * could not answer (unreachable, malformed), not that the DID is untrusted.
 */
public interface TrustSource {

  Result<TrustDecision> decide(String did, String credentialType, Instant at);

  /** Where the answers come from, for the report (e.g. the registry URL or the snapshot). */
  String describe();

  /**
   * The id of the registry organisation that controls {@code did}; empty when the source knows none
   * (or cannot say), in which case only DIDs can be compared.
   */
  default Optional<String> organisationOf(String did) {
    return Optional.empty();
  }

  /**
   * One answer.
   *
   * @param trusted whether the DID was accredited and active then
   * @param reason the source's explanation
   */
  record TrustDecision(boolean trusted, String reason) {}
}
