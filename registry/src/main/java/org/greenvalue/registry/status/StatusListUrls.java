package org.greenvalue.registry.status;

import java.net.URI;

/** Where a status list credential is published. */
final class StatusListUrls {
  private StatusListUrls() {}

  static URI of(URI baseUrl, String purpose, long listId) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    return URI.create(base + "/status-lists/" + purpose + "/" + listId);
  }
}
