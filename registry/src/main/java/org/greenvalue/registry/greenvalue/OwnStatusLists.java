package org.greenvalue.registry.greenvalue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.registry.status.StatusEntries;
import org.greenvalue.verification.status.StatusSource;

/**
 * The verification engine's status source for a mint: this registry's own status lists, read from
 * its database as it signs them, never over HTTP. A list of another publisher cannot be checked
 * here, so an entry pointing at one fails its status check (the credential is not minted). An index
 * this registry never allocated stands for no credential and fails too.
 */
final class OwnStatusLists implements StatusSource {
  private final StatusEntries entries;
  private final URI requestBase;
  private final Clock clock;

  /**
   * @param requestBase the mint request's base URL, the lists' base when no public base URL is set
   */
  OwnStatusLists(StatusEntries entries, URI requestBase, Clock clock) {
    this.entries = entries;
    this.requestBase = requestBase;
    this.clock = clock;
  }

  @Override
  public Lookup fetch(String statusListCredential) {
    Instant now = clock.instant();
    return entries
        .list(statusListCredential, requestBase)
        .<Lookup>map(
            list -> new Lookup.Found(new StatusList(list.subject(), list.issuer(), now, now)))
        .orElseGet(
            () ->
                new Lookup.Refused(
                    statusListCredential
                        + " is not one of this registry's status lists; the registry answers"
                        + " only for its own"));
  }

  @Override
  public Optional<Boolean> allocated(String statusListCredential, long index) {
    return Optional.of(entries.allocated(statusListCredential, index, requestBase));
  }
}
