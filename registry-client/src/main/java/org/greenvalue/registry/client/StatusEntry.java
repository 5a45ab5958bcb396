package org.greenvalue.registry.client;

import java.net.URI;

/**
 * An allocated status list entry.
 *
 * @param json the {@code BitstringStatusListEntry} as the registry wrote it, ready to be a
 *     credential's {@code credentialStatus}
 * @param purpose {@code revocation} or {@code suspension}
 * @param listId the list's number in the registry
 * @param index the entry's index in the list
 * @param statusListCredential the URL of the published list
 */
public record StatusEntry(
    String json, String purpose, long listId, int index, URI statusListCredential) {}
