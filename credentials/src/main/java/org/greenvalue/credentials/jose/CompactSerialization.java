package org.greenvalue.credentials.jose;

/**
 * The shape of a JWS compact serialization (RFC 7515 §7.1): three base64url segments separated by
 * two dots. Checked by a loop, not a regular expression: it runs on every credential received, and
 * a character-class regular expression over a token of several kilobytes costs more than the rest
 * of the request's input handling.
 */
public final class CompactSerialization {
  private CompactSerialization() {}

  /**
   * Whether {@code text} has the compact shape; the middle segment (the payload) may be empty only
   * when {@code detachedPayload} is allowed (RFC 7515 Appendix F).
   */
  public static boolean isCompact(String text, boolean detachedPayload) {
    if (text == null) {
      return false;
    }
    int dots = 0;
    int segment = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        boolean emptyAllowed = dots == 1 && detachedPayload;
        if (segment == 0 && !emptyAllowed || ++dots > 2) {
          return false;
        }
        segment = 0;
      } else if (Base64Url.inAlphabet(c)) {
        segment++;
      } else {
        return false;
      }
    }
    return dots == 2 && segment > 0;
  }
}
