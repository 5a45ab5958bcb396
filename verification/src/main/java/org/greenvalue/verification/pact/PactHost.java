package org.greenvalue.verification.pact;

import java.net.URI;
import java.util.Objects;

/**
 * A supplier's PACT v3 host and the client credentials to call it with.
 *
 * @param baseUrl the host's base URL; footprints are at {@code <base>/3/footprints}
 * @param tokenUrl its OAuth2 token endpoint (PACT: {@code <base>/auth/token})
 * @param clientId the client id
 * @param clientSecret the client secret, never printed
 */
public record PactHost(URI baseUrl, URI tokenUrl, String clientId, String clientSecret) {

  public PactHost {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(tokenUrl, "tokenUrl");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  @Override
  public String toString() {
    return "PactHost[baseUrl="
        + baseUrl
        + ", tokenUrl="
        + tokenUrl
        + ", clientId="
        + clientId
        + "]";
  }
}
