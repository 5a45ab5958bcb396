package org.greenvalue.registry.greenvalue;

import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.registry.dids.DidHistory;
import org.greenvalue.verification.dids.KeyHistorySource;

/**
 * The verification engine's DID history for a mint: this registry's own DID document versions, read
 * from its database, so a did:web claimant's key is checked as the verifier checks it.
 */
final class OwnDidHistory implements KeyHistorySource {
  private final DidHistory histories;

  OwnDidHistory(DidHistory histories) {
    this.histories = histories;
  }

  @Override
  public Result<Optional<org.greenvalue.verification.dids.DidHistory>> historyOf(String did) {
    var json = histories.json(did);
    if (json.isEmpty()) {
      return Result.success(Optional.empty());
    }
    var read = org.greenvalue.verification.dids.DidHistory.read(json.get());
    return read.succeeded()
        ? Result.success(Optional.of(read.value()))
        : Result.failure("this registry's history of " + did + " is unreadable: " + read.reason());
  }

  @Override
  public String describe() {
    return "this registry's DID document history";
  }
}
