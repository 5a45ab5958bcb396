package org.greenvalue.issuer.orgs;

import jakarta.validation.constraints.NotNull;
import org.greenvalue.credentials.keys.KeyType;

/**
 * Rotate the organisation's active key of this type ({@code ED25519}, {@code P256} or {@code
 * P384}).
 */
record RotateKeyRequest(@NotNull KeyType type) {}
