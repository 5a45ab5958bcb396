/**
 * W3C Bitstring Status List 1.0: the bitstring and its {@code encodedList} encoding, the {@code
 * BitstringStatusListEntry} a credential carries, the {@code BitstringStatusList} subject of a
 * status list credential, and the check that reads a credential's status from a list.
 */
package org.greenvalue.credentials.status;
