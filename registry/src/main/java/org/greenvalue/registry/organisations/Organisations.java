package org.greenvalue.registry.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.registry.audit.AuditLog;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's organisations and who may act for them. Every lot and status entry write asks here
 * whether its caller (an OAuth2 client id) is a member of the organisation the write is for.
 */
@Service
public class Organisations {
  /** An organisation id: lower-case letters, digits and dashes, as the issuer's. */
  public static final String ID = "^[a-z0-9][a-z0-9-]{0,62}$";

  private final OrganisationRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  Organisations(OrganisationRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Organisation> byId(String id) {
    return repository.find(id);
  }

  /** The organisation that signs as {@code did}, if one is registered with it. */
  public Optional<Organisation> ofDid(String did) {
    return repository.ownerOfDid(did).flatMap(repository::find);
  }

  /** The ids of the organisations {@code clientId} may act for. */
  public List<String> ofClient(String clientId) {
    return repository.organisationsOfClient(clientId);
  }

  /** Throws a 403 problem unless {@code clientId} may act for organisation {@code orgId}. */
  public void requireMemberOf(String orgId, String clientId) {
    boolean member =
        orgId != null && repository.find(orgId).filter(o -> o.hasMember(clientId)).isPresent();
    if (!member) {
      throw forbidden(
          "not-a-member", "client " + clientId + " does not act for organisation " + orgId);
    }
  }

  /** A 403 problem: the caller may not do this for that organisation. */
  public static Problem forbidden(String slug, String detail) {
    return new Problem(HttpStatus.FORBIDDEN, slug, "Forbidden", detail);
  }

  @Transactional
  Organisation register(Organisation organisation, String clientId) {
    if (!repository.insert(organisation, clock.instant())) {
      throw Problem.conflict(
          "organisation-exists",
          "organisation " + organisation.id() + " exists; PUT /organisations/{id} changes it");
    }
    requireOwnDids(repository.members(organisation), organisation);
    audit.record(
        clientId, "organisation.register", organisation.id(), detail(organisation), null, null);
    return repository.find(organisation.id()).orElseThrow();
  }

  @Transactional
  Organisation replace(Organisation organisation, String clientId) {
    if (!repository.lock(organisation.id())) {
      throw Problem.notFound("unknown-organisation", "no organisation " + organisation.id());
    }
    Organisation before = repository.find(organisation.id()).orElseThrow();
    requireOwnDids(repository.replace(organisation, clock.instant()), organisation);
    Organisation after = repository.find(organisation.id()).orElseThrow();
    if (!after.equals(before)) {
      audit.record(clientId, "organisation.update", organisation.id(), detail(after), null, null);
    }
    return after;
  }

  private static void requireOwnDids(boolean added, Organisation organisation) {
    if (!added) {
      throw Problem.conflict(
          "did-of-another-organisation",
          "a DID of " + organisation.dids() + " belongs to another organisation");
    }
  }

  private static Map<String, Object> detail(Organisation organisation) {
    return Map.of(
        "name", organisation.name(),
        "dids", organisation.dids(),
        "clients", organisation.clients());
  }
}
