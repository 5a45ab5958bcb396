package org.greenvalue.evidence.hash;

import org.greenvalue.common.digest.Sha256Digest;

/**
 * What streaming some bytes produced: how many there were and their SHA-256.
 *
 * @param size number of bytes
 * @param sha256 their digest
 */
public record Hashed(long size, Sha256Digest sha256) {}
