package org.greenvalue.evidence.build;

import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.manifest.Manifest;

/**
 * A pack that has been written: what a credential or an assurance statement commits to.
 *
 * @param packId the manifest's {@code urn:uuid}
 * @param manifest the manifest as written
 * @param manifestDigest SHA-256 over the manifest's JCS form
 * @param merkleRoot root over the salted file entries
 */
public record SealedPack(
    String packId, Manifest manifest, Sha256Digest manifestDigest, Sha256Digest merkleRoot) {
  static SealedPack of(Manifest manifest) {
    return new SealedPack(manifest.packId(), manifest, manifest.digest(), manifest.merkleRoot());
  }
}
