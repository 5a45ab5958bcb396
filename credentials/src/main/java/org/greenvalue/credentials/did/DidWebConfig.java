package org.greenvalue.credentials.did;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@code did:web} documents are fetched.
 *
 * @param allowedHosts hosts (optionally {@code host:port}) documents may be fetched from; any other
 *     DID is refused before any I/O
 * @param connectTimeout to establish a connection
 * @param readTimeout for the whole response
 * @param maxDocumentBytes largest document accepted, enforced while reading
 * @param cacheTtl how long a resolved document is reused
 * @param transport HTTPS, or plain HTTP to loopback hosts for tests
 */
public record DidWebConfig(
    Set<String> allowedHosts,
    Duration connectTimeout,
    Duration readTimeout,
    int maxDocumentBytes,
    Duration cacheTtl,
    Transport transport) {

  /** Default size limit: 256 KiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024;

  /** Which scheme the did:web URL uses. */
  public enum Transport {
    /** {@code https://}, as the did:web specification requires. */
    HTTPS,
    /** {@code http://} to loopback hosts only (localhost, 127.0.0.1, [::1]); for tests. */
    LOOPBACK_HTTP_FOR_TESTS
  }

  public DidWebConfig {
    allowedHosts =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(transport, "transport");
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive");
    }
  }

  /** HTTPS to the given hosts, 5 s timeouts, 256 KiB documents, cached for 5 minutes. */
  public static DidWebConfig httpsTo(Set<String> allowedHosts) {
    return new DidWebConfig(
        allowedHosts,
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        DEFAULT_MAX_DOCUMENT_BYTES,
        Duration.ofMinutes(5),
        Transport.HTTPS);
  }

  /** The same limits over another transport. */
  public DidWebConfig over(Transport other) {
    return new DidWebConfig(
        allowedHosts, connectTimeout, readTimeout, maxDocumentBytes, cacheTtl, other);
  }

  /** Whether a host (and port, if the DID names one) is allow-listed. */
  public boolean allows(String host, int port) {
    String h = host.toLowerCase(Locale.ROOT);
    return allowedHosts.contains(h) || (port > 0 && allowedHosts.contains(h + ":" + port));
  }

  public HttpFetcher.Limits limits() {
    return new HttpFetcher.Limits(connectTimeout, readTimeout, maxDocumentBytes);
  }
}
