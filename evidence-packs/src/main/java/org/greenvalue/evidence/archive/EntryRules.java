package org.greenvalue.evidence.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.manifest.PackPath;
import org.greenvalue.evidence.manifest.PathCollisions;

/**
 * Structural rules every entry of a pack must follow before any of its bytes are read: a valid pack
 * path or a reserved metadata name, a regular file (no directories, symbolic links or special
 * files, whatever the mode bits or DOS attributes say), stored or deflated, not encrypted, and no
 * two entries landing on the same file.
 */
final class EntryRules {
  private static final int UNIX_TYPE_MASK = 0170000;
  private static final int UNIX_REGULAR = 0100000;
  private static final int UNIX_DIRECTORY = 0040000;
  private static final int UNIX_SYMLINK = 0120000;
  private static final int DOS_DIRECTORY = 0x10;

  private EntryRules() {}

  static List<String> check(List<ZipArchiveEntry> entries, PackLimits limits) {
    List<String> problems = new ArrayList<>();
    if (entries.size() > limits.maxEntries()) {
      problems.add(
          "archive has "
              + entries.size()
              + " entries, more than the limit of "
              + limits.maxEntries());
      return problems;
    }
    if (entries.isEmpty()) {
      problems.add("archive is empty");
    }
    for (ZipArchiveEntry entry : entries) {
      problem(entry).ifPresent(problems::add);
    }
    problems.addAll(PathCollisions.find(entries.stream().map(ZipArchiveEntry::getName).toList()));
    return problems;
  }

  private static Optional<String> problem(ZipArchiveEntry entry) {
    String name = entry.getName();
    byte[] raw = entry.getRawName();
    if (raw != null && containsBackslash(raw)) {
      // commons-compress turns backslashes of DOS-made entries into slashes; judge the raw name.
      return Optional.of("backslash in entry name '" + name + "'");
    }
    int unixType = (int) (entry.getExternalAttributes() >>> 16) & UNIX_TYPE_MASK;
    if (unixType == UNIX_SYMLINK) {
      return Optional.of("symbolic link entry '" + name + "'");
    }
    if (name.endsWith("/")
        || unixType == UNIX_DIRECTORY
        || (entry.getExternalAttributes() & DOS_DIRECTORY) != 0) {
      return Optional.of("directory entry '" + name + "'");
    }
    if (unixType != 0 && unixType != UNIX_REGULAR) {
      return Optional.of(
          "special file entry '" + name + "' (mode " + Integer.toOctalString(unixType) + ")");
    }
    if (entry.getGeneralPurposeBit().usesEncryption()) {
      return Optional.of("encrypted entry '" + name + "'");
    }
    if (entry.getMethod() != ZipMethod.STORED.getCode()
        && entry.getMethod() != ZipMethod.DEFLATED.getCode()) {
      return Optional.of(
          "entry '" + name + "' uses unsupported compression method " + entry.getMethod());
    }
    if (PackPath.RESERVED.contains(name)) {
      return Optional.empty();
    }
    return switch (PackPath.parse(name)) {
      case Result.Success<PackPath> ok -> Optional.empty();
      case Result.Failure<PackPath> err -> Optional.of("entry refused: " + err.reason());
    };
  }

  private static boolean containsBackslash(byte[] rawName) {
    for (byte b : rawName) {
      if (b == '\\') {
        return true;
      }
    }
    return false;
  }
}
