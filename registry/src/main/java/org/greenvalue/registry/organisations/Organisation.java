package org.greenvalue.registry.organisations;

import java.util.List;

/**
 * An organisation of the registry: the DIDs it signs as and the OAuth2 clients that may act for it.
 *
 * @param id lower-case slug; lots are owned by it
 * @param dids each belongs to this organisation only
 * @param clients OAuth2 client ids of its members
 */
public record Organisation(String id, String name, List<String> dids, List<String> clients) {
  public Organisation {
    dids = List.copyOf(dids);
    clients = List.copyOf(clients);
  }

  public boolean hasMember(String clientId) {
    return clients.contains(clientId);
  }

  public boolean hasDid(String did) {
    return dids.contains(did);
  }
}
