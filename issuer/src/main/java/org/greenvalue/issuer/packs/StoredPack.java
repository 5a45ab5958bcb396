package org.greenvalue.issuer.packs;

import java.time.Instant;

/**
 * An evidence pack the issuer holds.
 *
 * @param manifestDigest {@code sha256:<hex>} of the manifest, its content address
 * @param merkleRoot the root over its salted file entries (hex)
 * @param files its files: path, media type, size
 */
public record StoredPack(
    String manifestDigest,
    String merkleRoot,
    String packId,
    String orgId,
    long sizeBytes,
    String files,
    Instant createdAt) {}
