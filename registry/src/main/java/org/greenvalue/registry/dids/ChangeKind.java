package org.greenvalue.registry.dids;

/** What made a new version of a DID document. */
public enum ChangeKind {
  /** The document's first version. */
  CREATED,
  /** A key added (older keys stay in the document). */
  ROTATED,
  /** A key revoked for compromise: it leaves the document; use after the compromise is void. */
  KEY_COMPROMISED
}
