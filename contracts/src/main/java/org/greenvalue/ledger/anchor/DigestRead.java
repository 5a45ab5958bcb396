package org.greenvalue.ledger.anchor;

/** What reading one digest gives: the digest, or why it was refused. */
public sealed interface DigestRead permits CredentialDigest, DigestError {}
