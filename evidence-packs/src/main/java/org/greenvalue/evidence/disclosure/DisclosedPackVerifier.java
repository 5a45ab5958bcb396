package org.greenvalue.evidence.disclosure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.archive.SafeArchive;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.evidence.check.PackReport.PackKind;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.merkle.MerkleHasher;
import org.greenvalue.evidence.merkle.MerkleVerifier;
import org.greenvalue.evidence.verify.EntrySink;
import org.greenvalue.evidence.verify.FileContentChecks;

/**
 * Verifies a disclosed pack whose archive has already passed the structural checks: {@code
 * disclosure.json}, each entry's inclusion proof against the stated root, each file against its
 * entry, and the root the caller expects. Without an expected root a disclosure only shows it is
 * consistent with itself.
 */
public final class DisclosedPackVerifier {
  private static final Set<String> METADATA = Set.of(Disclosure.FILE_NAME);

  private DisclosedPackVerifier() {}

  public static PackReport verify(
      SafeArchive archive, Expectations expected, EntrySink sink, List<Check> before)
      throws IOException {
    List<Check> checks = new ArrayList<>(before);
    Result<byte[]> bytes = archive.readMetadata(Disclosure.FILE_NAME);
    Result<Disclosure> parsed = bytes.flatMap(DisclosureJson::parse);
    if (parsed instanceof Result.Failure<Disclosure> err) {
      checks.add(Check.failed("disclosure.valid", err.reason()));
      checks.add(Check.skipped("files", "no usable disclosure"));
      return new PackReport(PackKind.DISCLOSED, checks);
    }
    sink.metadata(Disclosure.FILE_NAME, bytes.orElseThrow());
    Disclosure disclosure = parsed.orElseThrow();
    checks.add(
        Check.passed(
            "disclosure.valid",
            disclosure.disclosed().size()
                + " of "
                + disclosure.leafCount()
                + " files disclosed for "
                + disclosure.subject()));
    checks.addAll(proofChecks(disclosure));
    List<FileEntry> entries = disclosure.disclosed().stream().map(DisclosedEntry::entry).toList();
    checks.addAll(FileContentChecks.run(archive, entries, METADATA, sink));
    checks.add(
        Check.skipped(
            "manifest.digest",
            "stated as "
                + disclosure.manifestDigest()
                + "; a disclosure cannot recompute it, the Merkle root binds the files"));
    checks.add(expected.rootCheck(disclosure.merkleRoot()));
    checks.add(expected.digestCheck(disclosure.manifestDigest()));
    return new PackReport(PackKind.DISCLOSED, checks);
  }

  private static List<Check> proofChecks(Disclosure disclosure) {
    MerkleHasher hasher = new MerkleHasher();
    MerkleVerifier verifier = new MerkleVerifier();
    byte[] root = disclosure.merkleRoot().bytes();
    List<Check> checks = new ArrayList<>();
    for (DisclosedEntry d : disclosure.disclosed()) {
      boolean included = verifier.verify(d.entry().leafHash(hasher), d.proof(), root);
      checks.add(
          Check.of(
              "proof:" + d.entry().path().value(),
              included,
              "entry is leaf " + d.leafIndex() + " under root " + disclosure.merkleRoot().hex(),
              "inclusion proof does not lead to root " + disclosure.merkleRoot().hex()));
    }
    return checks;
  }
}
