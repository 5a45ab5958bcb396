package org.greenvalue.evidence.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.evidence.archive.SafeArchive;
import org.greenvalue.evidence.hash.Hashed;
import org.greenvalue.evidence.manifest.FileEntry;

/**
 * Checks an archive's files against the entries that describe them: each file's actual size and
 * SHA-256 (streamed, stopping as soon as it outgrows its entry), no file without an entry, no entry
 * without a file.
 */
public final class FileContentChecks {
  private FileContentChecks() {}

  /**
   * One check per entry, then {@code files.no-missing} and {@code files.no-extra}. Names in {@code
   * metadataNames} are the format's own files and count as neither.
   */
  public static List<Check> run(
      SafeArchive archive, List<FileEntry> entries, Set<String> metadataNames, EntrySink sink)
      throws IOException {
    List<Check> checks = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (FileEntry entry : entries) {
      String path = entry.path().value();
      if (!archive.contains(path)) {
        missing.add(path);
        checks.add(Check.failed("file:" + path, "listed but not in the archive"));
        continue;
      }
      Result<Hashed> copied;
      try (OutputStream out = sink.open(entry.path())) {
        copied = archive.copy(path, entry.size(), out);
      }
      checks.add(compare(entry, copied));
    }
    checks.add(
        Check.of(
            "files.no-missing",
            missing.isEmpty(),
            "every listed file is present",
            "listed files missing from the archive: " + missing));
    Set<String> extra = new LinkedHashSet<>(archive.names());
    extra.removeAll(metadataNames);
    entries.forEach(e -> extra.remove(e.path().value()));
    checks.add(
        Check.of(
            "files.no-extra",
            extra.isEmpty(),
            "no file outside the listing",
            "files in the archive but not listed: " + extra));
    return checks;
  }

  private static Check compare(FileEntry entry, Result<Hashed> copied) {
    String name = "file:" + entry.path().value();
    if (copied instanceof Result.Failure<Hashed> err) {
      return Check.failed(name, err.reason());
    }
    Hashed actual = copied.orElseThrow();
    if (actual.size() != entry.size()) {
      return Check.failed(name, "size is " + actual.size() + " bytes, listed as " + entry.size());
    }
    if (!actual.sha256().equals(entry.sha256())) {
      return Check.failed(
          name, "sha256 is " + actual.sha256().hex() + ", listed as " + entry.sha256().hex());
    }
    return Check.passed(name, entry.size() + " bytes, sha256 matches");
  }
}
