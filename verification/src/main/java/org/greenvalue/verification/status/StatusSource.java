package org.greenvalue.verification.status;

import java.time.Instant;
import java.util.Optional;
import org.greenvalue.credentials.status.BitstringStatusListSubject;

/** Fetches the status list a credential's status entry points at, already verified. */
public interface StatusSource {

  Lookup fetch(String statusListCredential);

  /** What fetching a status list gave. */
  sealed interface Lookup {
    /** The list, verified. */
    record Found(StatusList list) implements Lookup {}

    /** The list could not be had (unreachable, an error status): a gap, not a failure. */
    record Unavailable(String reason) implements Lookup {}

    /** The list may not be fetched from there, or what came back is not a valid status list. */
    record Refused(String reason) implements Lookup {}
  }

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
