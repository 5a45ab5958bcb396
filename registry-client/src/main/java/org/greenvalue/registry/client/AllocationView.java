package org.greenvalue.registry.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An allocation as the registry holds it: part of a lot allocated to a product batch of a site for
 * a period, with the downstream credentials that claimed it. Quantities in tCO2e.
 *
 * @param id the allocation's UUID (in credentials: {@code urn:uuid:<id>})
 * @param unclaimed what downstream credentials may still claim
 */
public record AllocationView(
    String id,
    String lotId,
    String owner,
    String productBatchId,
    String siteId,
    Instant periodStart,
    Instant periodEnd,
    BigDecimal quantity,
    BigDecimal claimed,
    BigDecimal retired,
    BigDecimal unclaimed,
    List<Claim> claims) {

  public AllocationView {
    claims = List.copyOf(claims);
  }

  /** One downstream credential's claim on the allocation. */
  public record Claim(String credentialId, BigDecimal quantity, Instant at) {}
}
