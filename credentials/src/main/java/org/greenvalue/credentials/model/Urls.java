package org.greenvalue.credentials.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The URL test of VC DM 2.0 (§4.4, §4.5): an absolute URL per RFC 3986 such as {@code https:},
 * {@code did:} or {@code urn:uuid:}. Relative references and strings with whitespace are not.
 */
public final class Urls {

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

  private Urls() {}

  public static boolean isUrl(String value) {
    if (value == null || value.isEmpty() || hasWhitespace(value)) {
      return false;
    }
    try {
      var uri = new URI(value);
      return uri.getScheme() != null
          && SCHEME.matcher(uri.getScheme()).matches()
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
