package org.greenvalue.credentials.did;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * The did:web DID-to-URL transformation (did:web Method Specification §3.2 Read): {@code
 * did:web:example.com} → {@code https://example.com/.well-known/did.json}; {@code
 * did:web:example.com:user:alice} → {@code https://example.com/user/alice/did.json}; a port is
 * percent-encoded ({@code did:web:localhost%3A8443}). Path segments are restricted to unreserved
 * characters and may not be dot segments, so no DID can walk outside its host's tree.
 */
final class DidWebUrls {

  static final String PREFIX = "did:web:";

  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1,255}");
  private static final Pattern DOTS = Pattern.compile("\\.+");
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1");

  /** The parts of a did:web, and the URL of its document. */
  record Location(String host, int port, URI documentUrl) {}

  private DidWebUrls() {}

  static Result<Location> locate(String did, DidWebConfig.Transport transport) {
    if (did == null || !did.startsWith(PREFIX)) {
      return Result.failure("not a did:web: " + did);
    }
    String id = did.substring(PREFIX.length());
    if (id.isEmpty() || id.length() > 2048 || id.matches(".*[/?#\\\\\\s].*")) {
      return Result.failure(
          "malformed did:web (empty, too long, or with / ? # characters): " + did);
    }
    String[] parts = id.split(":", -1);
    String authority = parts[0];
    String[] hostAndPort = authority.split("(?i)%3A", -1);
    if (hostAndPort.length > 2) {
      return Result.failure("did:web host has more than one port separator: " + did);
    }
    String host = hostAndPort[0].toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      return Result.failure("did:web host is not a domain name: " + hostAndPort[0]);
    }
    int port = -1;
    if (hostAndPort.length == 2) {
      if (!hostAndPort[1].matches("[0-9]{1,5}") || Integer.parseInt(hostAndPort[1]) > 65535) {
        return Result.failure("did:web port is not a number up to 65535: " + hostAndPort[1]);
      }
      port = Integer.parseInt(hostAndPort[1]);
    }
    List<String> path = Arrays.asList(parts).subList(1, parts.length);
    for (String segment : path) {
      if (!SEGMENT.matcher(segment).matches() || DOTS.matcher(segment).matches()) {
        return Result.failure("did:web path segment not allowed: '" + segment + "'");
      }
    }
    String scheme =
        transport == DidWebConfig.Transport.LOOPBACK_HTTP_FOR_TESTS && LOOPBACK.contains(host)
            ? "http"
            : "https";
    String file =
        path.isEmpty() ? "/.well-known/did.json" : "/" + String.join("/", path) + "/did.json";
    URI url = URI.create(scheme + "://" + host + (port > 0 ? ":" + port : "") + file);
    return Result.success(new Location(host, port, url));
  }
}
