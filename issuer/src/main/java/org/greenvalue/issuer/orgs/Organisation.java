package org.greenvalue.issuer.orgs;

import java.time.Instant;
import java.util.List;

/**
 * An organisation the issuer signs for.
 *
 * @param id its short name, also the last segment of its did:web
 * @param did {@code did:web:<host>:<id>}, or a {@code did:key} (tests)
 * @param didMethod {@code web} or {@code key}
 * @param clients the OAuth2 clients that may act for it
 */
public record Organisation(
    String id, String name, String did, String didMethod, List<String> clients, Instant createdAt) {

  public Organisation {
    clients = List.copyOf(clients);
  }

  public boolean allows(String clientId) {
    return clients.contains(clientId);
  }
}
