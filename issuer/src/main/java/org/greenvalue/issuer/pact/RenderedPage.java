package org.greenvalue.issuer.pact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A ListFootprints response as sent: its body, its {@code Link} header (null on the last page) and
 * a strong entity tag over both, rendered at a footprints version. The body is never modified.
 *
 * @param version the footprints version read before the page was queried
 * @param revocationLists the registry's revocation lists the page's extensions were filtered by,
 *     each with the {@code encodedList} it had then
 */
record RenderedPage(
    long version, byte[] body, String link, String etag, Map<Long, String> revocationLists) {

  static RenderedPage of(long version, byte[] body, String link) {
    return of(version, body, link, Map.of());
  }

  static RenderedPage of(
      long version, byte[] body, String link, Map<Long, String> revocationLists) {
    MessageDigest sha256 = sha256();
    sha256.update(body);
    if (link != null) {
      sha256.update((byte) 0);
      sha256.update(link.getBytes(StandardCharsets.UTF_8));
    }
    return new RenderedPage(version, body, link, etag(sha256.digest()), revocationLists);
  }

  /** A strong entity tag (RFC 9110 section 8.8.3) of the given bytes. */
  static String etagOf(byte[] body) {
    return etag(sha256().digest(body));
  }

  /** What the page weighs in the cache. */
  long size() {
    return body.length + (link == null ? 0 : 2L * link.length()) + 128;
  }

  private static String etag(byte[] digest) {
    return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
