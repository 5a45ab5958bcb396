package org.greenvalue.verification.status;

import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.status.BitstringStatusListSubject;

/** Fetches the status list a credential's status entry points at, already verified. */
public interface StatusSource {

  Result<StatusList> fetch(String statusListCredential);

  /**
   * Whether the list's publisher ever gave out {@code index} (a bit nobody was given is clear but
   * stands for no credential); empty when the source cannot tell, as for a list fetched over HTTP.
   */
  default Optional<Boolean> allocated(String statusListCredential, long index) {
    return Optional.empty();
  }

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
