package org.greenvalue.ledger.anchor;

/**
 * Everything the chain says about one anchored root, as {@link ReceiptVerifier} needs it: the
 * contract's record of the batch, where that contract lives, and the transaction that wrote it.
 * Read it once with {@link Anchors#recordOfRoot}; receipts then verify against it offline.
 *
 * @param chainId the chain the contract is on
 * @param contract the {@code AnchorRegistry} address
 * @param batch the batch as the contract holds it
 * @param txHash the transaction that emitted the batch's {@code Anchored} event
 */
public record AnchorRecord(long chainId, String contract, AnchoredBatch batch, String txHash) {}
