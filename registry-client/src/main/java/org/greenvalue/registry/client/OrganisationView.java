package org.greenvalue.registry.client;

import java.util.List;

/**
 * An organisation as the registry holds it: the DIDs it signs as and the OAuth2 clients that may
 * act for it.
 */
public record OrganisationView(String id, String name, List<String> dids, List<String> clients) {
  public OrganisationView {
    dids = List.copyOf(dids);
    clients = List.copyOf(clients);
  }
}
