package org.greenvalue.registry.trust;

import java.time.Instant;

/**
 * Whether {@code did} was trusted for {@code credentialType} at {@code at}, and why.
 *
 * @param accreditation the accreditation covering {@code at}, if any
 * @param statusChange the status change in force at {@code at}, if any (none: active)
 * @param onChain the contract's own answer to the same question; null when the ledger is down
 */
public record TrustAnswer(
    String did,
    String credentialType,
    Instant at,
    boolean trusted,
    String reason,
    TrustEvent accreditation,
    TrustEvent statusChange,
    Boolean onChain) {}
