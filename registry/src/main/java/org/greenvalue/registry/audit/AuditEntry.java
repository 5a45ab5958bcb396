package org.greenvalue.registry.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One write, as recorded.
 *
 * @param clientId who: the OAuth2 client of the token
 * @param action what, e.g. {@code trust.accredit}
 * @param subject what it was about, e.g. a DID or a status list entry
 * @param detail the request's essentials
 * @param txHash the ledger transaction, when the write went on chain
 * @param blockNumber its block
 */
public record AuditEntry(
    long id,
    Instant at,
    String clientId,
    String action,
    String subject,
    JsonNode detail,
    String txHash,
    Long blockNumber) {}
