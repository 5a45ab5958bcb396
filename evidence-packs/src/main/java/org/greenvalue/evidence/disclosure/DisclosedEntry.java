package org.greenvalue.evidence.disclosure;

import java.util.Objects;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.merkle.InclusionProof;

/**
 * One disclosed file: its full manifest entry and the audit path from its leaf to the root.
 *
 * @param entry the entry exactly as in the manifest, salt included
 * @param proof inclusion proof of the entry's leaf hash
 */
public record DisclosedEntry(FileEntry entry, InclusionProof proof) {
  public DisclosedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(proof, "proof");
  }

  public long leafIndex() {
    return proof.leafIndex();
  }
}
