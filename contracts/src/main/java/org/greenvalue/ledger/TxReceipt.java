package org.greenvalue.ledger;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * A mined, successful transaction: what a caller needs to prove later when and where it happened.
 *
 * @param txHash the transaction hash
 * @param blockNumber the block that includes it
 * @param blockTime that block's timestamp (the contracts' {@code block.timestamp})
 * @param gasUsed gas the transaction used
 * @param contractAddress the created contract, for a deployment
 */
public record TxReceipt(
    String txHash,
    BigInteger blockNumber,
    Instant blockTime,
    BigInteger gasUsed,
    Optional<String> contractAddress) {}
