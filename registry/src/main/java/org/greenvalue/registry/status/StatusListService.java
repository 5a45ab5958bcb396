package org.greenvalue.registry.status;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.registry.status.StatusListRepository.EntryRow;
import org.greenvalue.registry.status.StatusListRepository.ListRow;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates status list indexes (at random, in the first list of the purpose with room) and sets or
 * clears them. Each change bumps its list's version, which makes the next read re-sign it.
 */
@Service
class StatusListService {
  /** The most entries one batch allocation may ask for. */
  static final int MAX_BATCH = 1000;

  private final StatusListRepository repository;
  private final StatusListProperties properties;
  private final AuditLog audit;
  private final Clock clock;
  private final StatusOwnership ownership;
  private final SecureRandom random = new SecureRandom();

  StatusListService(
      StatusListRepository repository,
      StatusListProperties properties,
      AuditLog audit,
      Clock clock,
      StatusOwnership ownership) {
    this.ownership = ownership;
    this.repository = repository;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public BitstringStatusListEntry allocate(
      StatusPurpose purpose, String issuer, String organisation, String clientId, URI baseUrl) {
    return allocateOne(purpose, issuer, organisation, clientId, baseUrl);
  }

  /**
   * Allocates {@code count} entries in one transaction, each exactly as {@link #allocate} does
   * (with its own audit record): all of them or, on failure, none.
   */
  @Transactional
  public List<BitstringStatusListEntry> allocateBatch(
      StatusPurpose purpose,
      String issuer,
      String organisation,
      int count,
      String clientId,
      URI baseUrl) {
    if (count < 1 || count > MAX_BATCH) {
      throw new IllegalArgumentException("count must be 1.." + MAX_BATCH + ", was " + count);
    }
    List<BitstringStatusListEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(allocateOne(purpose, issuer, organisation, clientId, baseUrl));
    }
    return entries;
  }

  private BitstringStatusListEntry allocateOne(
      StatusPurpose purpose, String issuer, String organisation, String clientId, URI baseUrl) {
    String name = purpose.wireName();
    ListRow list =
        repository
            .lockOpenList(name, properties.fillLimit())
            .orElseGet(() -> repository.create(name, properties.size()));
    int index;
    do {
      index = random.nextInt(list.size());
    } while (!repository.allocate(
        list.id(), index, issuer, organisation, clientId, clock.instant()));
    URI url = StatusListUrls.of(baseUrl, name, list.id());
    audit.record(
        clientId,
        "status.allocate",
        url + "#" + index,
        Map.of("issuer", issuer, "organisation", organisation, "purpose", name),
        null,
        null);
    return BitstringStatusListEntry.of(purpose, index, url);
  }

  @Transactional
  public StatusEntryState setStatus(
      StatusPurpose purpose, long listId, int index, SetStatusRequest request, String clientId) {
    String name = purpose.wireName();
    ListRow list =
        repository
            .find(name, listId)
            .orElseThrow(
                () -> Problem.notFound("unknown-status-list", "no " + name + " list " + listId));
    EntryRow entry =
        repository
            .lockEntry(listId, index)
            .orElseThrow(
                () ->
                    Problem.notFound(
                        "unallocated-status-entry",
                        "index " + index + " of list " + listId + " was never allocated"));
    ownership.requireMayChange(entry, clientId);
    int wanted = request.set() ? 1 : 0;
    if (purpose == StatusPurpose.REVOCATION && entry.status() == 1 && wanted == 0) {
      throw Problem.conflict("revocation-permanent", "a revoked entry cannot be cleared");
    }
    long version = list.version();
    if (entry.status() != wanted) {
      version = repository.setStatus(listId, index, wanted, clock.instant());
      audit.record(
          clientId,
          request.set() ? "status.set" : "status.clear",
          name + "/" + listId + "#" + index,
          request.reason() == null ? Map.of() : Map.of("reason", request.reason()),
          null,
          null);
    }
    return new StatusEntryState(listId, index, name, entry.issuer(), wanted == 1, version);
  }
}
