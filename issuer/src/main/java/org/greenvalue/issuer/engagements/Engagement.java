package org.greenvalue.issuer.engagements;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A supplier organisation's permission for an assurance provider organisation to see its evidence
 * packs and assure its claims over them.
 *
 * @param packs the manifest digests of the packs it covers; empty: every pack of the supplier
 * @param validFrom when it starts (inclusive)
 * @param validUntil when it ends (exclusive), unless ended earlier
 * @param grantedBy the client of the supplier that granted it
 * @param endedBy the client of the supplier that ended it early, else null
 * @param endedAt when it was ended early, else null
 */
public record Engagement(
    String id,
    String supplier,
    String provider,
    List<String> packs,
    Instant validFrom,
    Instant validUntil,
    String grantedBy,
    Instant grantedAt,
    String endedBy,
    Instant endedAt) {

  public Engagement {
    packs = List.copyOf(packs);
  }

  /** Whether it is in force at {@code now}: started, not expired, not ended. */
  public boolean inForce(Instant now) {
    return !now.isBefore(validFrom)
        && now.isBefore(validUntil)
        && (endedAt == null || now.isBefore(endedAt));
  }

  /**
   * Whether its scope covers the pack with this manifest digest ({@code null}, no pack: only an
   * engagement for all packs covers it).
   */
  public boolean covers(String manifestDigest) {
    return packs.isEmpty() || (manifestDigest != null && packs.contains(manifestDigest));
  }

  /** {@code ALL_PACKS} or {@code LISTED_PACKS}. */
  @JsonProperty("scope")
  public String scope() {
    return packs.isEmpty() ? "ALL_PACKS" : "LISTED_PACKS";
  }
}
