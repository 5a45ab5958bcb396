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
 * @param maxResponseBytes the largest response body read; a larger one is a {@link
 *     RegistryException.Unavailable}
 */
public record RegistryClientConfig(
    URI baseUrl,
    String clientId,
    String clientSecret,
    Set<String> scopes,
    Duration timeout,
    int maxResponseBytes) {

  /**
   * The body limit of a client that writes: 16 MiB, as a lookup of {@value
   * RegistryClient#MAX_BATCH} anchors with their receipts (each some hundred bytes plus its Merkle
   * path) can pass 1 MiB.
   */
  public static final int WRITER_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

  /** The body limit of a reader: 1 MiB, as for any document a verifier reads. */
  public static final int READER_MAX_RESPONSE_BYTES = 1024 * 1024;

  public RegistryClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = Set.copyOf(scopes);
    Objects.requireNonNull(timeout, "timeout");
    if (maxResponseBytes < 1 || maxResponseBytes > 1 << 30) {
      throw new IllegalArgumentException("maxResponseBytes must be 1 byte to 1 GiB");
    }
    String text = baseUrl.toString();
    if (text.endsWith("/")) {
      baseUrl = URI.create(text.substring(0, text.length() - 1));
    }
  }

  /** With the writer's body limit ({@link #WRITER_MAX_RESPONSE_BYTES}). */
  public RegistryClientConfig(
      URI baseUrl, String clientId, String clientSecret, Set<String> scopes, Duration timeout) {
    this(baseUrl, clientId, clientSecret, scopes, timeout, WRITER_MAX_RESPONSE_BYTES);
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

  /**
   * A reader (scope {@code registry.read}, bodies up to 1 MiB): what a verifier asks the registry
   * for, anchors, DID histories, trust answers, custody chains.
   */
  public static RegistryClientConfig reader(URI baseUrl, String clientId, String clientSecret) {
    return new RegistryClientConfig(
        baseUrl,
        clientId,
        clientSecret,
        Set.of("registry.read"),
        Duration.ofSeconds(10),
        READER_MAX_RESPONSE_BYTES);
  }

  @Override
  public String toString() {
    return "RegistryClientConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", secret=***]";
  }
}
