package org.greenvalue.evidence.manifest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds paths that would land on the same file when unpacked: exact duplicates, names that differ
 * only in case (one file on case-insensitive file systems), and a file whose path is also a
 * directory of another file.
 */
public final class PathCollisions {
  private PathCollisions() {}

  /** One message per collision; empty when the paths can coexist. */
  public static List<String> find(Collection<String> paths) {
    List<String> problems = new ArrayList<>();
    Map<String, String> byFolded = new HashMap<>();
    Set<String> folderPrefixes = new HashSet<>();
    for (String path : paths) {
      String folded = path.toLowerCase(Locale.ROOT);
      String previous = byFolded.putIfAbsent(folded, path);
      if (previous != null) {
        problems.add(
            previous.equals(path)
                ? "duplicate entry '" + path + "'"
                : "entries '" + previous + "' and '" + path + "' differ only in case");
      }
      for (int slash = folded.indexOf('/'); slash > 0; slash = folded.indexOf('/', slash + 1)) {
        folderPrefixes.add(folded.substring(0, slash));
      }
    }
    for (Map.Entry<String, String> entry : byFolded.entrySet()) {
      if (folderPrefixes.contains(entry.getKey())) {
        problems.add("file '" + entry.getValue() + "' is also used as a directory");
      }
    }
    problems.sort(null);
    return problems;
  }
}
