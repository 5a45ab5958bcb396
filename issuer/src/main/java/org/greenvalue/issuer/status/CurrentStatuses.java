package org.greenvalue.issuer.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.registry.client.AllocatedStatus;
import org.greenvalue.registry.client.PublishedStatusList;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.springframework.stereotype.Component;

/**
 * What the registry's status lists say of our credentials. They are the only record of revocation
 * and suspension: the issuer keeps no flag of its own, so a change made at the registry directly
 * (another issuer instance, an operator's tool) is never contradicted here. One credential is read
 * entry by entry, fresh; the PACT extension reads whole revocation lists, each reused for {@code
 * gvr.issuer.status.list-refresh} (and kept while the registry cannot be asked). A registry that
 * cannot be asked is otherwise a {@link RegistryException.Unavailable}.
 */
@Component
public class CurrentStatuses {

  /**
   * A credential's revocation and suspension as the registry holds them now; a purpose the registry
   * could not be asked about is null (and left out of the JSON).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Status(Boolean revoked, Boolean suspended) {}

  /** A list as read at a time, decoded. */
  private record Read(String encodedList, BitstringStatusList bits, Instant at) {

    boolean isSet(int index) {
      return index >= 0 && index < bits.size() && bits.isSet(index);
    }
  }

  private final RegistryClient registry;
  private final StatusProperties properties;
  private final Clock clock;
  private final Map<Long, Read> revocationLists = new ConcurrentHashMap<>();

  CurrentStatuses(RegistryClient registry, StatusProperties properties, Clock clock) {
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  /** The credential's status from its own entries; an entry it lacks counts as not set. */
  public Status of(List<TakenEntry> entries) {
    return new Status(isSet(entries, "revocation"), isSet(entries, "suspension"));
  }

  /**
   * The status after the registry accepted a change of {@code purpose} to {@code set}: that answer
   * for the purpose changed, the others read now, each null if the registry does not answer them
   * (the change stands either way).
   */
  public Status afterChange(List<TakenEntry> entries, String purpose, boolean set) {
    return new Status(
        purpose.equals("revocation") ? Boolean.valueOf(set) : isSetOrNull(entries, "revocation"),
        purpose.equals("suspension") ? Boolean.valueOf(set) : isSetOrNull(entries, "suspension"));
  }

  /**
   * What a revocation entry's list, as last read, says of it.
   *
   * @param listVersion the list's {@code encodedList} (empty for a list the registry does not
   *     have), for telling later whether anything derived from it is still current
   */
  public record Revocation(boolean revoked, String listVersion) {}

  /** The revocation {@code entry} as its list was last read. */
  public Revocation revocation(TakenEntry entry) {
    return revocationList(entry.listId())
        .map(list -> new Revocation(list.isSet(entry.index()), list.encodedList()))
        .orElse(new Revocation(false, ""));
  }

  /**
   * The revocation list's {@code encodedList} as last read (empty text for a list the registry does
   * not have), for telling whether anything derived from it is still current.
   */
  public String revocationListVersion(long listId) {
    return revocationList(listId).map(Read::encodedList).orElse("");
  }

  /**
   * The list as last read; read again once it is older than the refresh time, or kept while the
   * registry cannot be asked.
   */
  private Optional<Read> revocationList(long listId) {
    Instant now = clock.instant();
    Read read = revocationLists.get(listId);
    if (read != null && now.isBefore(read.at().plus(properties.listRefresh()))) {
      return Optional.of(read);
    }
    Optional<PublishedStatusList> list;
    try {
      list = registry.statusList("revocation", listId);
    } catch (RegistryException.Unavailable e) {
      if (read == null) {
        throw e;
      }
      return Optional.of(read);
    }
    if (list.isEmpty()) {
      revocationLists.remove(listId);
      return Optional.empty();
    }
    String encoded = list.get().encodedList();
    Read fresh =
        new Read(
            encoded,
            BitstringStatusList.decode(encoded, 1)
                .orElseThrow(
                    reason ->
                        new IllegalStateException(
                            "the registry's revocation list " + listId + ": " + reason)),
            now);
    revocationLists.put(listId, fresh);
    return Optional.of(fresh);
  }

  /** Forgets the lists read, so the next use reads them again (after a change made here). */
  public void forgetRevocationLists() {
    revocationLists.clear();
  }

  private boolean isSet(List<TakenEntry> entries, String purpose) {
    for (TakenEntry entry : entries) {
      if (entry.purpose().equals(purpose)) {
        return registry
            .statusEntry(purpose, entry.listId(), entry.index())
            .map(CurrentStatuses::set)
            .orElse(false);
      }
    }
    return false;
  }

  private Boolean isSetOrNull(List<TakenEntry> entries, String purpose) {
    try {
      return isSet(entries, purpose);
    } catch (RegistryException e) {
      return null;
    }
  }

  private static boolean set(AllocatedStatus status) {
    return !status.status().equals("0x0");
  }
}
