package org.greenvalue.verification.chain;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;

/**
 * The custody chain of a registry allocation, in the shape of the registry's {@code GET
 * /allocations/{id}/chain}: {@code {"allocation": {...}, "hops": [{"lot", "transfer", "minted"}]}}.
 * The verifier checks everything in it itself (signatures, sums, the chain); the source is not
 * trusted.
 */
public interface CustodySource {

  /**
   * The chain JSON; empty when the source knows the allocation does not exist; a failure when it
   * could not answer (unreachable, not in the bundle, malformed), which is a gap, not a refusal.
   */
  Result<Optional<JsonObject>> chainOf(UUID allocationId);

  /** Where the answers come from, for the report. */
  String describe();
}
