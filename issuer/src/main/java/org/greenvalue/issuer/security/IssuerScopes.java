package org.greenvalue.issuer.security;

/** The scopes the issuer knows. */
public final class IssuerScopes {
  /** Create organisations, rotate their keys. */
  public static final String ADMIN = "issuer.admin";

  /** Upload evidence, issue PCF and ΔCO2 credentials, change their status. */
  public static final String SUPPLIER = "issuer.supplier";

  /** Issue assurance credentials (an accredited assurance provider's organisation). */
  public static final String ASSURANCE = "issuer.assurance";

  /** Read organisations, credentials and packs. */
  public static final String READ = "issuer.read";

  /** PACT v3: list and get footprints. */
  public static final String PACT_READ = "pact.read";

  /** PACT v3: send CloudEvents. */
  public static final String PACT_EVENTS = "pact.events";

  private IssuerScopes() {}
}
