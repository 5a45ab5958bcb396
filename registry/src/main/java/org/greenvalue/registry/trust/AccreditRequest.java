package org.greenvalue.registry.trust;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Accredit {@code did} as {@code role} for one credential type over {@code [validFrom, validUntil)}
 * (open-ended without {@code validUntil}). One type per request: one chain transaction, so a
 * request is applied whole or not at all.
 *
 * @param accreditingAuthority who accredits (e.g. the authority's DID); the caller's client id when
 *     absent
 */
public record AccreditRequest(
    @NotNull @Size(max = 2048) @Pattern(regexp = Patterns.DID, message = "is not a DID") String did,
    @NotNull Role role,
    @NotNull @Pattern(regexp = Patterns.CREDENTIAL_TYPE, message = "is not a credential type name")
        String credentialType,
    @NotNull Instant validFrom,
    Instant validUntil,
    @Size(min = 1, max = 512) String accreditingAuthority) {}
