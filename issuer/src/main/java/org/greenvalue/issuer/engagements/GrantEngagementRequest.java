package org.greenvalue.issuer.engagements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /organisations/{supplier}/engagements}.
 *
 * @param provider the assurance provider organisation (its id on this issuer)
 * @param packs the manifest digests of the supplier's packs it covers; absent or empty: all packs
 * @param validFrom when it starts; absent: now
 * @param validUntil when it ends (exclusive)
 */
record GrantEngagementRequest(
    @NotBlank String provider,
    @Size(max = 1000) List<@NotBlank String> packs,
    Instant validFrom,
    @NotNull Instant validUntil) {}
