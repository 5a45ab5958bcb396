package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A retirement and the RetirementCertificateCredential the registry signed for it.
 *
 * @param quantity tCO2e as decimal text
 * @param retiredBy the organisation that owned the lot and retired from it
 * @param retiredAt the block time of the retirement
 * @param certificate the certificate, secured {@code eddsa-rdfc-2022} by the registry's did:key
 */
public record RetirementView(
    UUID id,
    UUID lotId,
    String quantity,
    String beneficiary,
    String purpose,
    String retiredBy,
    Instant retiredAt,
    String chainRetirementId,
    LedgerEvidence ledger,
    JsonNode certificate) {}
