package org.greenvalue.evidence.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.archive.PackLimits;
import org.greenvalue.evidence.archive.SafeArchive;
import org.greenvalue.evidence.build.AtomicFile;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.hash.Hashed;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.manifest.Manifest;
import org.greenvalue.evidence.merkle.MerkleTree;
import org.greenvalue.evidence.verify.EntrySink;
import org.greenvalue.evidence.verify.FullPackVerifier;

/**
 * Derives a selective disclosure from a full pack: only the chosen files plus {@code
 * disclosure.json} with their entries and inclusion proofs. The full pack must verify first, and
 * each copied file is hashed again on the way out.
 */
public final class PackDisclosure {
  private final PackLimits limits;

  public PackDisclosure() {
    this(PackLimits.defaults());
  }

  public PackDisclosure(PackLimits limits) {
    this.limits = limits;
  }

  /** Writes the disclosure of {@code paths} from {@code pack} to {@code target}. */
  public Result<Disclosure> disclose(Path pack, Collection<String> paths, Path target)
      throws IOException {
    Result<Manifest> manifest = verifiedManifest(pack);
    if (manifest instanceof Result.Failure<Manifest> err) {
      return Result.failure(err.reason());
    }
    Result<Disclosure> disclosure = select(manifest.orElseThrow(), paths);
    if (disclosure instanceof Result.Failure<Disclosure>) {
      return disclosure;
    }
    Disclosure chosen = disclosure.orElseThrow();
    return AtomicFile.write(target, out -> write(pack, chosen, out));
  }

  private Result<Manifest> verifiedManifest(Path pack) throws IOException {
    Result<SafeArchive> opened = SafeArchive.open(pack, limits);
    if (opened instanceof Result.Failure<SafeArchive> err) {
      return Result.failure("source pack refused: " + err.reason());
    }
    try (SafeArchive archive = opened.orElseThrow()) {
      if (!archive.contains(Manifest.FILE_NAME)) {
        return Result.failure("source is not a full pack: no " + Manifest.FILE_NAME);
      }
      var verified =
          FullPackVerifier.verify(archive, Expectations.none(), EntrySink.DISCARD, List.of());
      if (!verified.report().valid()) {
        return Result.failure("source pack does not verify: " + verified.report().failures());
      }
      return Result.success(verified.manifest().orElseThrow());
    }
  }

  private static Result<Disclosure> select(Manifest manifest, Collection<String> paths) {
    if (paths.isEmpty()) {
      return Result.failure("choose at least one file to disclose");
    }
    List<String> unknown = new ArrayList<>();
    List<DisclosedEntry> disclosed = new ArrayList<>();
    MerkleTree tree = Manifest.merkleTree(manifest.files());
    List<FileEntry> files = manifest.files();
    TreeSet<String> wanted = new TreeSet<>(paths);
    for (String path : wanted) {
      if (manifest.entry(path).isEmpty()) {
        unknown.add(path);
      }
    }
    if (!unknown.isEmpty()) {
      return Result.failure("not in the pack: " + unknown);
    }
    for (int i = 0; i < files.size(); i++) {
      if (wanted.contains(files.get(i).path().value())) {
        disclosed.add(new DisclosedEntry(files.get(i), tree.proof(i)));
      }
    }
    return Result.success(
        new Disclosure(
            manifest.packId(),
            manifest.subject(),
            manifest.merkleRoot(),
            files.size(),
            manifest.digest(),
            disclosed));
  }

  private Result<Disclosure> write(Path pack, Disclosure disclosure, OutputStream out)
      throws IOException {
    Result<SafeArchive> opened = SafeArchive.open(pack, limits);
    if (opened instanceof Result.Failure<SafeArchive> err) {
      return Result.failure("source pack refused: " + err.reason());
    }
    try (SafeArchive archive = opened.orElseThrow();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (DisclosedEntry d : disclosure.disclosed()) {
        FileEntry entry = d.entry();
        zip.putNextEntry(new ZipEntry(entry.path().value()));
        Result<Hashed> copied = archive.copy(entry.path().value(), entry.size(), zip);
        zip.closeEntry();
        if (!copied.succeeded() || !sameContent(copied.orElseThrow(), entry)) {
          return Result.failure("'" + entry.path() + "' changed while being disclosed");
        }
      }
      zip.putNextEntry(new ZipEntry(Disclosure.FILE_NAME));
      zip.write(DisclosureJson.write(disclosure));
      zip.closeEntry();
    }
    return Result.success(disclosure);
  }

  private static boolean sameContent(Hashed actual, FileEntry entry) {
    Sha256Digest expected = entry.sha256();
    return actual.size() == entry.size() && actual.sha256().equals(expected);
  }
}
