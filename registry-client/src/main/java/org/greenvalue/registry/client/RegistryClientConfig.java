package org.greenvalue.registry.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Where the registry is and who the client is.
 *
 * @param baseUrl the registry's base URL, e.g. {@code http://localhost:8080}
 * @param clientId the OAuth2 client id (client credentials)
 * @param clientSecret its secret
 * @param scopes the scopes to ask for, e.g. {@code registry.write registry.read}
 * @param timeout connect and request timeout
 */
public record RegistryClientConfig(
    URI baseUrl, String clientId, String clientSecret, Set<String> scopes, Duration timeout) {

  public RegistryClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = Set.copyOf(scopes);
    Objects.requireNonNull(timeout, "timeout");
    String text = baseUrl.toString();
    if (text.endsWith("/")) {
      baseUrl = URI.create(text.substring(0, text.length() - 1));
    }
  }

  /** A writer: allocates and sets status entries, submits anchors, queries trust. */
  public static RegistryClientConfig writer(URI baseUrl, String clientId, String clientSecret) {
    return new RegistryClientConfig(
        baseUrl,
        clientId,
        clientSecret,
        Set.of("registry.write", "registry.read"),
        Duration.ofSeconds(10));
  }

  @Override
  public String toString() {
    return "RegistryClientConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", secret=***]";
  }
}
