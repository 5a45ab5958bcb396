package org.greenvalue.credentials.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The URL test of VC DM 2.0 (§4.4, §4.5): an absolute URL per RFC 3986 such as {@code https:},
 * {@code did:} or {@code urn:uuid:}. Relative references and strings with whitespace are not.
 */
public final class Urls {

  private Urls() {}

  public static boolean isUrl(String value) {
    if (value == null || value.isEmpty() || hasWhitespace(value)) {
      return false;
    }
    try {
      // java.net.URI takes a scheme only as ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), the
      // syntax of RFC 3986 §3.1, so a scheme it returns needs no second look.
      var uri = new URI(value);
      return uri.getScheme() != null
          && uri.getRawSchemeSpecificPart() != null
          && !uri.getRawSchemeSpecificPart().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean hasWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
