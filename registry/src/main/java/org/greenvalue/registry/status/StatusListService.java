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
      StatusPurpose purpose,
      ListShape shape,
      String issuer,
      String organisation,
      String clientId,
      URI baseUrl) {
    return allocateOne(purpose, shape, issuer, organisation, clientId, baseUrl);
  }

  /**
   * Allocates {@code count} entries in one transaction, each exactly as {@link #allocate} does
   * (with its own audit record): all of them or, on failure, none.
   */
  @Transactional
  public List<BitstringStatusListEntry> allocateBatch(
      StatusPurpose purpose,
      ListShape shape,
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
      entries.add(allocateOne(purpose, shape, issuer, organisation, clientId, baseUrl));
    }
    return entries;
  }

  private BitstringStatusListEntry allocateOne(
      StatusPurpose purpose,
      ListShape shape,
      String issuer,
      String organisation,
      String clientId,
      URI baseUrl) {
    String name = purpose.wireName();
    ListRow list =
        repository
            .lockOpenList(name, shape, properties.fillLimit())
            .orElseGet(() -> repository.create(name, shape, properties.size()));
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
    return shape.entry(purpose, index, url);
  }

  /** An allocated entry, for a client that acts for its organisation (403 otherwise). */
  @Transactional(readOnly = true)
  AllocatedEntry entry(
      StatusPurpose purpose, long listId, int index, String clientId, URI baseUrl) {
    String name = purpose.wireName();
    ListRow list =
        repository
            .find(name, listId)
            .orElseThrow(
                () -> Problem.notFound("unknown-status-list", "no " + name + " list " + listId));
    EntryRow entry =
        repository
            .findEntry(listId, index)
            .orElseThrow(
                () ->
                    Problem.notFound(
                        "unallocated-status-entry",
                        "index " + index + " of list " + listId + " was never allocated"));
    ownership.requireMayChange(entry, clientId);
    return new AllocatedEntry(
        entry.organisation(),
        entry.issuer(),
        list.shape().entry(purpose, index, StatusListUrls.of(baseUrl, name, listId)),
        entry.status());
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
    int wanted = request.value();
    ListShape shape = list.shape();
    if (!shape.fits(wanted)) {
      throw Problem.invalid(
          "status-out-of-range",
          "status 0x"
              + Integer.toHexString(wanted)
              + " does not fit the list's "
              + shape.statusSize()
              + "-bit entries (0x0 to 0x"
              + Integer.toHexString((1 << shape.statusSize()) - 1)
              + ")");
    }
    if (purpose == StatusPurpose.REVOCATION && entry.status() == 1 && wanted == 0) {
      throw Problem.conflict("revocation-permanent", "a revoked entry cannot be cleared");
    }
    long version = list.version();
    if (entry.status() != wanted) {
      version = repository.setStatus(listId, index, wanted, clock.instant());
      audit.record(
          clientId,
          shape.messages().isEmpty()
              ? (wanted != 0 ? "status.set" : "status.clear")
              : "status.message",
          name + "/" + listId + "#" + index,
          details(request, wanted, shape),
          null,
          null);
    }
    return new StatusEntryState(
        listId,
        index,
        name,
        entry.issuer(),
        wanted != 0,
        "0x" + Integer.toHexString(wanted),
        messageOf(shape, wanted),
        version);
  }

  private static Map<String, Object> details(SetStatusRequest request, int value, ListShape shape) {
    Map<String, Object> details = new java.util.LinkedHashMap<>();
    if (!shape.messages().isEmpty()) {
      details.put("status", "0x" + Integer.toHexString(value));
    }
    if (request.reason() != null) {
      details.put("reason", request.reason());
    }
    return details;
  }

  private static String messageOf(ListShape shape, int value) {
    return shape.messages().stream()
        .filter(m -> m.value() == value)
        .map(org.greenvalue.credentials.status.StatusMessage::message)
        .findFirst()
        .orElse(null);
  }
}
