package org.greenvalue.registry.status;

import org.greenvalue.registry.organisations.Organisation;
import org.greenvalue.registry.organisations.Organisations;
import org.springframework.stereotype.Component;

/**
 * Whose status entries are whose: an entry is allocated for the organisation registered with its
 * issuer DID (a request naming another is refused), by a client of that organisation, and only that
 * organisation's clients set or clear it. Entries allocated before organisations existed stay with
 * the client that allocated them.
 */
@Component
class StatusOwnership {
  private final Organisations organisations;

  StatusOwnership(Organisations organisations) {
    this.organisations = organisations;
  }

  /** The organisation an entry for {@code issuer} is allocated for; 403 when not the caller's. */
  String allocatingOrganisation(String issuer, String named, String clientId) {
    Organisation organisation =
        organisations
            .ofDid(issuer)
            .orElseThrow(
                () ->
                    Organisations.forbidden(
                        "issuer-not-registered",
                        "no organisation is registered with the DID " + issuer));
    if (named != null && !named.equals(organisation.id())) {
      throw Organisations.forbidden(
          "did-of-another-organisation",
          issuer + " is a DID of " + organisation.id() + ", not of " + named);
    }
    organisations.requireMemberOf(organisation.id(), clientId);
    return organisation.id();
  }

  /** Refuses (403) a change of an entry by a client that does not act for its organisation. */
  void requireMayChange(StatusListRepository.EntryRow entry, String clientId) {
    if (entry.organisation() != null) {
      organisations.requireMemberOf(entry.organisation(), clientId);
    } else if (!entry.clientId().equals(clientId)) {
      throw Organisations.forbidden(
          "not-the-allocating-client", "the entry was allocated by another client");
    }
  }
}
