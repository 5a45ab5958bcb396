package org.greenvalue.registry.status;

/** An allocated entry and its status, after a change. */
public record StatusEntryState(
    long listId, int index, String statusPurpose, String issuer, boolean set, long listVersion) {}
