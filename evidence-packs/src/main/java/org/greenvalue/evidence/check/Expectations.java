package org.greenvalue.evidence.check;

import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;

/**
 * What the caller already trusts about a pack, typically from a signed credential: its Merkle root
 * and the digest of its manifest. Either may be absent.
 *
 * @param merkleRoot expected root over the file entries
 * @param manifestDigest expected SHA-256 of the manifest's JCS form
 */
public record Expectations(
    Optional<Sha256Digest> merkleRoot, Optional<Sha256Digest> manifestDigest) {
  public static Expectations none() {
    return new Expectations(Optional.empty(), Optional.empty());
  }

  public static Expectations root(Sha256Digest merkleRoot) {
    return new Expectations(Optional.of(merkleRoot), Optional.empty());
  }

  public Expectations withManifestDigest(Sha256Digest digest) {
    return new Expectations(merkleRoot, Optional.of(digest));
  }

  /** The check comparing {@code actual} with the expected root, or a skipped check. */
  public Check rootCheck(Sha256Digest actual) {
    return compare("expected.root", "Merkle root", merkleRoot, actual);
  }

  /** The check comparing {@code actual} with the expected manifest digest, or a skipped check. */
  public Check digestCheck(Sha256Digest actual) {
    return compare("expected.digest", "manifest digest", manifestDigest, actual);
  }

  private static Check compare(
      String name, String what, Optional<Sha256Digest> expected, Sha256Digest actual) {
    return expected
        .map(
            e ->
                Check.of(
                    name,
                    e.equals(actual),
                    what + " matches the expected " + e,
                    what + " is " + actual + " but " + e + " was expected"))
        .orElseGet(() -> Check.skipped(name, "no expected " + what + " given"));
  }
}
