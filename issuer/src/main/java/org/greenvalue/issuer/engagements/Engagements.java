package org.greenvalue.issuer.engagements;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.service.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a supplier's evidence packs besides its own clients: the clients of an assurance
 * provider organisation the supplier engaged, while the engagement is in force and for the packs
 * its scope covers. Granting and ending are the supplier's; each is logged with the client.
 */
@Service
public class Engagements {
  private static final Logger log = LoggerFactory.getLogger(Engagements.class);
  private static final Pattern DIGEST = Pattern.compile("^sha256:[0-9a-f]{64}$");

  private final EngagementRepository repository;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final Clock clock;

  Engagements(
      EngagementRepository repository, Organisations organisations, JdbcClient jdbc, Clock clock) {
    this.repository = repository;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The supplier (a client of {@code supplier}) engages a provider. */
  @Transactional
  Engagement grant(String supplier, String clientId, GrantEngagementRequest request) {
    organisations.requireMember(supplier, clientId);
    if (request.provider().equals(supplier)) {
      throw Problem.invalid(
          "self-engagement", "an organisation cannot engage itself as its assurance provider");
    }
    try {
      organisations.require(request.provider());
    } catch (Problem unknown) {
      throw Problem.invalid("unknown-provider", "no organisation " + request.provider());
    }
    Instant now = clock.instant();
    Instant from = request.validFrom() == null ? now : request.validFrom();
    if (!from.isBefore(request.validUntil())) {
      throw Problem.badRequest("invalid-period", "validUntil must be after validFrom");
    }
    if (!now.isBefore(request.validUntil())) {
      throw Problem.badRequest("invalid-period", "validUntil is in the past");
    }
    List<String> packs =
        request.packs() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.packs()));
    for (String digest : packs) {
      if (!DIGEST.matcher(digest).matches()) {
        throw Problem.badRequest(
            "invalid-digest", "a pack is named by sha256:<64 lowercase hex>: " + digest);
      }
    }
    if (!packs.isEmpty()) {
      List<String> own =
          jdbc.sql(
                  """
                  SELECT manifest_digest FROM evidence_packs
                  WHERE org_id = ? AND manifest_digest = ANY(?::text[])""")
              .params(supplier, packs.toArray(String[]::new))
              .query(String.class)
              .list();
      for (String digest : packs) {
        if (!own.contains(digest)) {
          throw Problem.invalid(
              "unknown-pack", "no pack " + digest + " of organisation " + supplier + " here");
        }
      }
    }
    Engagement engagement =
        new Engagement(
            UUID.randomUUID().toString(),
            supplier,
            request.provider(),
            packs,
            from,
            request.validUntil(),
            clientId,
            now,
            null,
            null);
    repository.insert(engagement);
    log.info(
        "engagement {}: {} lets {} see {} from {} until {} (granted by client {})",
        engagement.id(),
        supplier,
        engagement.provider(),
        packs.isEmpty() ? "all its packs" : packs,
        from,
        engagement.validUntil(),
        clientId);
    return engagement;
  }

  /** The supplier ends an engagement now; ending one that is over already is a 409. */
  @Transactional
  Engagement end(String supplier, String id, String clientId) {
    organisations.requireMember(supplier, clientId);
    Engagement engagement =
        repository
            .find(supplier, id)
            .orElseThrow(() -> Problem.notFound("unknown-engagement", "no engagement " + id));
    Instant now = clock.instant();
    if (engagement.endedAt() != null || !now.isBefore(engagement.validUntil())) {
      throw Problem.conflict("engagement-over", "engagement " + id + " is over already");
    }
    repository.end(supplier, id, clientId, now);
    log.info(
        "engagement {} of {} with {} ended by client {}",
        id,
        supplier,
        engagement.provider(),
        clientId);
    return repository.find(supplier, id).orElseThrow();
  }

  /**
   * The supplier's engagements {@code clientId} may read: all of them for the supplier's clients,
   * those naming its organisation for a provider's clients, none otherwise (403).
   */
  List<Engagement> readableBy(String supplier, String clientId) {
    if (organisations.require(supplier).allows(clientId)) {
      return repository.ofSupplier(supplier, null);
    }
    List<String> mine = organisations.memberships(clientId);
    List<Engagement> theirs = mine.isEmpty() ? List.of() : repository.ofSupplier(supplier, mine);
    if (theirs.isEmpty()) {
      throw forbidden("client " + clientId + " is neither " + supplier + " nor engaged by it");
    }
    return theirs;
  }

  /** The engagements of {@code supplier} in force now with an organisation of {@code clientId}. */
  public List<Engagement> inForceFor(String supplier, String clientId) {
    List<String> mine = organisations.memberships(clientId);
    return mine.isEmpty() ? List.of() : repository.inForce(supplier, mine, clock.instant());
  }

  /** Whether a client of an engaged provider may see this pack of {@code supplier} now. */
  public boolean letsSee(String supplier, String manifestDigest, String clientId) {
    return inForceFor(supplier, clientId).stream().anyMatch(e -> e.covers(manifestDigest));
  }

  /**
   * Refuses (403 {@code not-engaged}) unless {@code supplier} has engaged {@code provider} now for
   * the pack {@code evidenceDigest}.
   */
  public void requireEngaged(String supplier, String provider, String evidenceDigest) {
    boolean engaged =
        repository.inForce(supplier, List.of(provider), clock.instant()).stream()
            .anyMatch(e -> e.covers(evidenceDigest));
    if (!engaged) {
      log.warn("{} is not engaged by {} for pack {}", provider, supplier, evidenceDigest);
      throw new Problem(
          HttpStatus.FORBIDDEN,
          "not-engaged",
          "Not engaged",
          provider
              + " holds no engagement in force from "
              + supplier
              + " covering the claim's"
              + " evidence pack");
    }
  }

  private static Problem forbidden(String detail) {
    return new Problem(HttpStatus.FORBIDDEN, "not-engaged", "Not engaged", detail);
  }
}
