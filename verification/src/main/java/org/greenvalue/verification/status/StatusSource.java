package org.greenvalue.verification.status;

import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.status.BitstringStatusListSubject;

/** Fetches the status list a credential's status entry points at, already verified. */
public interface StatusSource {

  Result<StatusList> fetch(String statusListCredential);

  /**
   * A verified status list.
   *
   * @param subject the list
   * @param issuer who signed it
   * @param fetchedAt when it was fetched (earlier than now when served from the cache)
   * @param freshUntil until when it is used without fetching again
   */
  record StatusList(
      BitstringStatusListSubject subject, String issuer, Instant fetchedAt, Instant freshUntil) {
    public String freshness() {
      return "fetched " + fetchedAt + ", fresh until " + freshUntil;
    }

    public Optional<Instant> fetched() {
      return Optional.of(fetchedAt);
    }
  }
}
