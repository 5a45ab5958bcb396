package org.greenvalue.registry.status;

import org.greenvalue.credentials.status.BitstringStatusListEntry;

/**
 * An allocated entry, for a client of the organisation it was allocated for.
 *
 * @param organisation the organisation (null for an entry allocated before organisations existed)
 * @param issuer the DID it was allocated to
 * @param credentialStatus the entry as a credential carries it
 * @param status its current value
 */
record AllocatedEntry(
    String organisation, String issuer, BitstringStatusListEntry credentialStatus, int status) {}
