package org.greenvalue.ledger.greenvalue;

import java.math.BigInteger;
import org.greenvalue.ledger.Bytes32;

/**
 * A lot to mint from an assured ΔCO2 credential.
 *
 * @param lotId the registry's id for the new lot (a repeat is refused, so retries are safe)
 * @param credentialDigest digest of the ΔCO2 credential; one lot per credential
 * @param projectId the project or facility; its lots' periods may not overlap
 * @param period the monitoring period of the reduction
 * @param grams the reduction in grams CO2e
 * @param owner the holder's account id (e.g. the hash of the organisation's DID)
 */
public record MintRequest(
    Bytes32 lotId,
    Bytes32 credentialDigest,
    Bytes32 projectId,
    Period period,
    BigInteger grams,
    Bytes32 owner) {}
