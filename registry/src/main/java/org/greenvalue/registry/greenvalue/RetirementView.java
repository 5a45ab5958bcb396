package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A retirement and the RetirementCertificateCredential the registry signed for it.
 *
 * @param allocationId the allocation retired; null for the retirement of a lot
 * @param quantity tCO2e as decimal text
 * @param reason the reason code; null for retirements recorded before reasons existed
 * @param claimPeriod the period the beneficiary claims; null as for {@code reason}
 * @param purpose free text; null when none was given
 * @param retiredBy the organisation that owned the lot and retired from it
 * @param retiredAt the block time of the retirement
 * @param certificate the certificate, secured {@code eddsa-rdfc-2022} by the registry's did:key
 */
public record RetirementView(
    UUID id,
    UUID lotId,
    @JsonInclude(JsonInclude.Include.ALWAYS) UUID allocationId,
    String quantity,
    String reason,
    String beneficiary,
    TimeSpan claimPeriod,
    String purpose,
    String retiredBy,
    Instant retiredAt,
    String chainRetirementId,
    LedgerEvidence ledger,
    JsonNode certificate) {}
