package org.greenvalue.registry.status;

/**
 * An allocated entry and its status, after a change.
 *
 * @param set whether the status is not zero (revoked, suspended, or a message other than 0x0)
 * @param status the value in hexadecimal, e.g. {@code 0x2}
 * @param statusMessage the message of that value, for a message list; null otherwise
 */
public record StatusEntryState(
    long listId,
    int index,
    String statusPurpose,
    String issuer,
    boolean set,
    String status,
    String statusMessage,
    long listVersion) {}
