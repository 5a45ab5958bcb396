package org.greenvalue.evidence.hash;

/**
 * What streaming some bytes produced: how many there were and their SHA-256.
 *
 * @param size number of bytes
 * @param sha256 their digest
 */
public record Hashed(long size, Digest sha256) {}
