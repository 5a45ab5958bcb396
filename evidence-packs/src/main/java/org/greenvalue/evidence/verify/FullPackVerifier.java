package org.greenvalue.evidence.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.archive.SafeArchive;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.check.PackReport.PackKind;
import org.greenvalue.evidence.manifest.Manifest;
import org.greenvalue.evidence.manifest.ManifestJson;

/**
 * Verifies a full pack whose archive has already passed the structural checks: the manifest, each
 * file against its entry, the Merkle root recomputed from the entries, and what the caller expects.
 */
public final class FullPackVerifier {
  private static final Set<String> METADATA = Set.of(Manifest.FILE_NAME);

  private FullPackVerifier() {}

  /**
   * The checks for a full pack after {@code before} (the archive checks), and the manifest when it
   * could be read.
   */
  public static Verified verify(
      SafeArchive archive, Expectations expected, EntrySink sink, List<Check> before)
      throws IOException {
    List<Check> checks = new ArrayList<>(before);
    Result<Manifest> parsed =
        archive.readMetadata(Manifest.FILE_NAME).flatMap(bytes -> parseAndKeep(bytes, sink));
    if (parsed instanceof Result.Failure<Manifest> err) {
      checks.add(Check.failed("manifest.valid", err.reason()));
      checks.add(Check.skipped("files", "no usable manifest"));
      return new Verified(new PackReport(PackKind.FULL, checks), Optional.empty());
    }
    Manifest manifest = parsed.orElseThrow();
    checks.add(
        Check.passed(
            "manifest.valid", manifest.files().size() + " files listed for " + manifest.subject()));
    Sha256Digest root = Sha256Digest.fromBytes(Manifest.merkleTree(manifest.files()).root());
    checks.add(
        Check.of(
            "merkle.root",
            root.equals(manifest.merkleRoot()),
            "recomputed root matches " + root.hex(),
            "recomputed root " + root.hex() + " differs from " + manifest.merkleRoot().hex()));
    checks.addAll(FileContentChecks.run(archive, manifest.files(), METADATA, sink));
    Sha256Digest digest = manifest.digest();
    checks.add(Check.passed("manifest.digest", digest.toString()));
    checks.add(expected.rootCheck(manifest.merkleRoot()));
    checks.add(expected.digestCheck(digest));
    return new Verified(new PackReport(PackKind.FULL, checks), Optional.of(manifest));
  }

  private static Result<Manifest> parseAndKeep(byte[] bytes, EntrySink sink) {
    Result<Manifest> manifest = ManifestJson.parse(bytes);
    if (manifest.succeeded()) {
      try {
        sink.metadata(Manifest.FILE_NAME, bytes);
      } catch (IOException e) {
        return Result.failure("could not keep the manifest: " + e.getMessage());
      }
    }
    return manifest;
  }

  /**
   * The report and, when it could be read, the manifest.
   *
   * @param report every check
   * @param manifest the parsed manifest
   */
  public record Verified(PackReport report, Optional<Manifest> manifest) {}
}
