package org.greenvalue.issuer.orgs;

import jakarta.validation.constraints.NotNull;
import org.greenvalue.credentials.keys.KeyType;

/** Rotate the organisation's active key of this type ({@code ED25519} or {@code P256}). */
record RotateKeyRequest(@NotNull KeyType type) {}
