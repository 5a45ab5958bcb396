package org.greenvalue.registry.client;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether {@code did} was trusted for {@code credentialType} at {@code at}, and the registry's
 * reason.
 *
 * @param onChain the trust contract's own answer; empty when the registry could not ask it
 */
public record TrustAnswer(
    String did,
    String credentialType,
    Instant at,
    boolean trusted,
    String reason,
    Optional<Boolean> onChain) {}
