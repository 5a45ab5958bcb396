package org.greenvalue.registry.trust;

/** Syntax of what the trust registry is keyed by. */
public final class Patterns {
  /** DID Core §3.1: {@code did:method:method-specific-id}, percent-encoding allowed, no path. */
  public static final String DID =
      "^did:[a-z0-9]+:(?:(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})*:)*(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+$";

  /** A credential type name as it appears in a credential's {@code type}. */
  static final String CREDENTIAL_TYPE = "^[A-Za-z][A-Za-z0-9_.-]{0,127}$";

  private Patterns() {}

  public static boolean isDid(String text) {
    return text != null && text.length() <= 2048 && text.matches(DID);
  }
}
