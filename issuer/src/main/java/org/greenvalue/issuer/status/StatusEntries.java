package org.greenvalue.issuer.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.registry.client.StatusEntry;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/**
 * Gives each new credential its status list entries (one per configured purpose): from the pool
 * allocated ahead, or straight from the registry when the pool is empty. With an empty pool and the
 * registry away, nothing can be issued (503): a credential without a status entry could never be
 * revoked. Each allocation names the organisation it is for (the registry binds the entry to it,
 * and only that organisation's clients, this service's among them, may change it).
 */
@Service
public class StatusEntries {
  /** The most entries one refill call asks the registry for. */
  static final int REFILL_BATCH = 500;

  private final StatusPoolRepository pool;
  private final RegistryClient registry;
  private final StatusProperties properties;
  private final Clock clock;
  private final IssuerDids organisations;

  StatusEntries(
      IssuerDids organisations,
      StatusPoolRepository pool,
      RegistryClient registry,
      StatusProperties properties,
      Clock clock) {
    this.organisations = organisations;
    this.pool = pool;
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  public List<TakenEntry> take(String issuerDid) {
    return take(issuerDid, List.of());
  }

  /** As {@link #take(String)}, leaving out the purposes the credential already has entries for. */
  public List<TakenEntry> take(String issuerDid, List<String> covered) {
    List<TakenEntry> entries = new ArrayList<>();
    for (String purpose : properties.purposes()) {
      if (covered.contains(purpose)) {
        continue;
      }
      Optional<TakenEntry> pooled = pool.take(issuerDid, purpose);
      entries.add(pooled.orElseGet(() -> allocateNow(issuerDid, purpose)));
    }
    return entries;
  }

  /**
   * Tops the pool up to its size, up to {@value #REFILL_BATCH} entries per registry call; stops at
   * the first failure (the registry is away).
   */
  public int refill(String issuerDid) {
    int added = 0;
    for (String purpose : properties.purposes()) {
      int missing = properties.poolSize() - pool.count(issuerDid, purpose);
      while (missing > 0) {
        int count = Math.min(missing, REFILL_BATCH);
        List<StatusEntry> batch;
        try {
          batch =
              registry.allocateStatuses(
                  purpose, issuerDid, organisation(issuerDid), count, UUID.randomUUID().toString());
        } catch (RegistryException e) {
          return added;
        }
        for (StatusEntry entry : batch) {
          pool.add(issuerDid, entry, clock.instant());
        }
        added += batch.size();
        missing -= batch.size();
      }
    }
    return added;
  }

  /** The organisation that signs as {@code issuerDid}; null lets the registry find it. */
  private String organisation(String issuerDid) {
    return organisations.organisationOf(issuerDid).orElse(null);
  }

  private TakenEntry allocateNow(String issuerDid, String purpose) {
    try {
      StatusEntry entry =
          registry.allocateStatus(
              purpose, issuerDid, organisation(issuerDid), UUID.randomUUID().toString());
      return new TakenEntry(entry.purpose(), entry.listId(), entry.index(), entry.json());
    } catch (RegistryException.Unavailable e) {
      throw Problem.unavailable(
          "registry-unavailable",
          "no status list entry could be allocated: the registry is unreachable; nothing was"
              + " issued");
    } catch (RegistryException.Refused e) {
      throw new Problem(
          org.springframework.http.HttpStatus.BAD_GATEWAY,
          "registry-refused",
          "Registry refused",
          "the registry refused a status list entry: " + e.problem().detail());
    }
  }
}
