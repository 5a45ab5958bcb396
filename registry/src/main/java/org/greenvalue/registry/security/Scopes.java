package org.greenvalue.registry.security;

/** The scopes the registry knows, and the authorities Spring Security derives from them. */
public final class Scopes {
  public static final String TRUST_AUTHORITY = "trust.authority";
  public static final String REGISTRY_WRITE = "registry.write";
  public static final String REGISTRY_READ = "registry.read";

  private Scopes() {}

  static String authority(String scope) {
    return "SCOPE_" + scope;
  }
}
