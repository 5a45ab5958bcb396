package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;

/**
 * A ΔCO2 claim that passed every check for minting: both credentials verify, their issuers are
 * trusted, the assurance covers it and its digest is anchored.
 *
 * @param credentialId the reduction credential's {@code id}, when it has one
 * @param grams the reduction in grams CO2e
 */
record VerifiedClaim(
    Sha256Digest digest, String credentialId, EmissionReduction reduction, BigInteger grams) {}
