package org.greenvalue.registry.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Set ({@code true}: revoked or suspended) or clear an entry's status. A revocation cannot be
 * cleared.
 */
public record SetStatusRequest(@NotNull Boolean set, @Size(max = 500) String reason) {}
