package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import org.greenvalue.ledger.Bytes32;

/**
 * Grams of a lot to allocate to a product batch of a site for a period (mass balance).
 *
 * @param allocationId the registry's id for the allocation (a repeat is refused)
 */
public record AllocateRequest(
    Bytes32 lotId,
    Bytes32 allocationId,
    Bytes32 productBatchId,
    Bytes32 siteId,
    Period period,
    BigInteger grams) {}
