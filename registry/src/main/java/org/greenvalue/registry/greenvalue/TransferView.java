package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.registry.trust.LedgerEvidence;

/**
 * A transfer as the API shows it.
 *
 * @param lotId the source lot
 * @param childLotId the lot the transfer created, owned by {@code to}
 * @param transferredAt the block time of the transfer
 * @param record the CustodyTransferCredential the registry signed ({@code eddsa-rdfc-2022})
 */
public record TransferView(
    UUID id,
    UUID lotId,
    UUID childLotId,
    String from,
    String to,
    String quantity,
    String deliveryReference,
    Instant transferredAt,
    JsonNode record,
    LedgerEvidence ledger) {}
