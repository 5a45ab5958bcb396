package org.greenvalue.registry.client;

/**
 * A status list entry the registry allocated, as a client of its organisation sees it.
 *
 * @param organisation the organisation it was allocated for (null for an entry older than
 *     organisations)
 * @param issuer the DID it was allocated to
 * @param credentialStatus the {@code BitstringStatusListEntry} JSON a credential carries for it
 * @param status its current value in hexadecimal
 */
public record AllocatedStatus(
    String organisation, String issuer, String credentialStatus, String status) {}
