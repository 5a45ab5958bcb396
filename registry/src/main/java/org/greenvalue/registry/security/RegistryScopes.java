package org.greenvalue.registry.security;

/**
 * The scopes the registry knows; the kit's {@code Scopes.authority} turns them into authorities.
 */
final class RegistryScopes {
  static final String TRUST_AUTHORITY = "trust.authority";
  static final String REGISTRY_WRITE = "registry.write";
  static final String REGISTRY_READ = "registry.read";

  private RegistryScopes() {}
}
