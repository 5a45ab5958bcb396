package org.greenvalue.registry.trust;

/** What a DID is accredited as. */
public enum Role {
  ISSUER,
  ASSURANCE_PROVIDER
}
