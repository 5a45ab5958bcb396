package org.greenvalue.evidence.manifest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;
import org.greenvalue.common.Result;

/**
 * The path of a file inside a pack: relative, forward slashes, no empty, {@code .} or {@code ..}
 * segments, no backslash, colon (drive letters, alternate streams) or control characters, Unicode
 * NFC, at most 512 bytes of UTF-8. Ordered by UTF-8 bytes, the order of manifest entries.
 *
 * @param value the validated path
 */
public record PackPath(String value) implements Comparable<PackPath> {
  public static final int MAX_BYTES = 512;

  /** Names at the root of an archive that belong to the format, never to evidence files. */
  public static final Set<String> RESERVED = Set.of("manifest.json", "disclosure.json");

  public PackPath {
    if (problem(value) != null) {
      throw new IllegalArgumentException(problem(value));
    }
  }

  public static Result<PackPath> parse(String raw) {
    String problem = problem(raw);
    return problem == null ? Result.success(new PackPath(raw)) : Result.failure(problem);
  }

  /** Why {@code raw} is not a valid pack path, or null when it is. */
  static String problem(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "path is empty";
    }
    if (raw.startsWith("/")) {
      return "absolute path '" + raw + "'";
    }
    if (raw.indexOf('\\') >= 0) {
      return "backslash in path '" + raw + "'";
    }
    if (raw.indexOf(':') >= 0) {
      return "colon (drive letter or stream name) in path '" + raw + "'";
    }
    if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0xfffd)) {
      return "control or replacement character in path '" + raw + "'";
    }
    for (String segment : raw.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return "path traversal segment '" + segment + "' in '" + raw + "'";
      }
      if (segment.isEmpty()) {
        return "empty segment in path '" + raw + "'";
      }
    }
    if (!Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
      return "path is not Unicode NFC: '" + raw + "'";
    }
    if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return "path longer than " + MAX_BYTES + " bytes: '" + raw + "'";
    }
    if (RESERVED.contains(raw)) {
      return "path '" + raw + "' is reserved for the pack format";
    }
    return null;
  }

  /** Compares by unsigned UTF-8 bytes, which differs from {@link String#compareTo} above BMP. */
  @Override
  public int compareTo(PackPath other) {
    return Arrays.compareUnsigned(
        value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return value;
  }
}
