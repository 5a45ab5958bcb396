package org.greenvalue.registry.client;

/** An entry's status after a change: set (revoked or suspended) or clear. */
public record StatusState(
    long listId, int index, String statusPurpose, String issuer, boolean set, long listVersion) {}
