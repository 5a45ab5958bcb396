package org.greenvalue.evidence.build;

import org.greenvalue.evidence.hash.Digest;
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
    String packId, Manifest manifest, Digest manifestDigest, Digest merkleRoot) {
  static SealedPack of(Manifest manifest) {
    return new SealedPack(manifest.packId(), manifest, manifest.digest(), manifest.merkleRoot());
  }
}
