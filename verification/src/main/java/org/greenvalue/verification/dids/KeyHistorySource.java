package org.greenvalue.verification.dids;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenvalue.common.Result;

/**
 * The registry's DID document history: which keys a DID's document held when. A failure means the
 * source could not answer; an empty answer that it knows no history for the DID.
 */
public interface KeyHistorySource {

  Result<Optional<DidHistory>> historyOf(String did);

  /** Where the answers come from, for the report. */
  String describe();

  /** Histories held in memory (e.g. those a trust list snapshot carries). */
  static KeyHistorySource of(Collection<DidHistory> histories, String description) {
    Map<String, DidHistory> byDid =
        histories.stream().collect(Collectors.toMap(DidHistory::did, Function.identity()));
    return new KeyHistorySource() {
      @Override
      public Result<Optional<DidHistory>> historyOf(String did) {
        return Result.success(Optional.ofNullable(byDid.get(did)));
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }
}
