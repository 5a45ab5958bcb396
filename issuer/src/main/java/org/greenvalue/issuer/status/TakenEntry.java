package org.greenvalue.issuer.status;

/**
 * A status list entry given to one credential.
 *
 * @param json the {@code BitstringStatusListEntry} for the credential's {@code credentialStatus}
 */
public record TakenEntry(String purpose, long listId, int index, String json) {}
