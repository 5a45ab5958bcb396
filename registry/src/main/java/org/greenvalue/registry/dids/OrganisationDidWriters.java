package org.greenvalue.registry.dids;

import org.greenvalue.registry.organisations.Organisation;
import org.greenvalue.registry.organisations.Organisations;
import org.springframework.stereotype.Component;

/**
 * A DID's document versions are registered by the clients of the organisation the trust authority
 * registered with that DID, and by no one else: an unregistered DID has no writer.
 */
@Component
class OrganisationDidWriters implements DidWriters {
  private final Organisations organisations;

  OrganisationDidWriters(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public void requireMayWrite(String clientId, String did) {
    Organisation holder =
        organisations
            .ofDid(did)
            .orElseThrow(
                () ->
                    Organisations.forbidden(
                        "did-not-registered",
                        "no organisation is registered with "
                            + did
                            + "; the trust authority registers it first"));
    organisations.requireMemberOf(holder.id(), clientId);
  }
}
