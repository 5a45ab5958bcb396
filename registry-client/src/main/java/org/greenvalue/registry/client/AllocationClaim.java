package org.greenvalue.registry.client;

/**
 * A claim of a downstream credential on an allocation, as the registry recorded it.
 *
 * @param allocationId the allocation (UUID)
 * @param credentialId the claiming credential's id ({@code urn:uuid:…})
 * @param quantity the quantity claimed (tCO2e, decimal text)
 * @param claimed the allocation's claimed total now, this claim included
 */
public record AllocationClaim(
    String allocationId, String credentialId, String quantity, String claimed) {}
