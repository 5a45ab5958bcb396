package org.greenvalue.service.security;

/** The authority Spring Security derives from an OAuth2 scope. */
public final class Scopes {
  private Scopes() {}

  /** {@code SCOPE_<scope>}, what {@code hasAuthority} checks for a token carrying that scope. */
  public static String authority(String scope) {
    return "SCOPE_" + scope;
  }
}
