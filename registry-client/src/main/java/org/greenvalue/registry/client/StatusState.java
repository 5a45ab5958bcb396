package org.greenvalue.registry.client;

/**
 * An entry's status after a change.
 *
 * @param set whether the value is not zero (revoked, suspended, or a message other than 0x0)
 * @param status the value in hexadecimal, e.g. {@code 0x2}
 * @param statusMessage the value's message, for an entry of a message list; null otherwise
 */
public record StatusState(
    long listId,
    int index,
    String statusPurpose,
    String issuer,
    boolean set,
    String status,
    String statusMessage,
    long listVersion) {}
