package org.greenvalue.evidence.archive;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.hash.FileHasher;
import org.greenvalue.evidence.hash.Hashed;

/**
 * A pack archive opened defensively: the central directory is bounded before it is loaded, every
 * entry is checked by {@link EntryRules} (duplicates included, which the JDK's ZipFile hides), and
 * entry bytes are streamed through {@link PackLimits} counted on what is actually inflated. Not
 * thread-safe.
 */
public final class SafeArchive implements Closeable {
  private static final int BUFFER_SIZE = 64 * 1024;

  private final ZipFile zip;
  private final PackLimits limits;
  private final Map<String, ZipArchiveEntry> entries;
  private final MessageDigest digest = FileHasher.newSha256();
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private long inflatedTotal;

  private SafeArchive(ZipFile zip, PackLimits limits, Map<String, ZipArchiveEntry> entries) {
    this.zip = zip;
    this.limits = limits;
    this.entries = entries;
  }

  /** Opens and structurally checks an archive; the reason names every problem found. */
  public static Result<SafeArchive> open(Path path, PackLimits limits) {
    if (!Files.isRegularFile(path)) {
      return Result.failure("no readable file at " + path);
    }
    try {
      Optional<String> unbounded = CentralDirectoryBounds.check(path, limits);
      if (unbounded.isPresent()) {
        return Result.failure(unbounded.get());
      }
      ZipFile zip = ZipFile.builder().setPath(path).setUseUnicodeExtraFields(false).get();
      List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
      List<String> problems = EntryRules.check(all, limits);
      if (!problems.isEmpty()) {
        zip.close();
        return Result.failure(String.join("; ", problems));
      }
      Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
      all.forEach(e -> byName.put(e.getName(), e));
      return Result.success(new SafeArchive(zip, limits, byName));
    } catch (IOException | RuntimeException e) {
      return Result.failure("not a readable ZIP archive: " + e.getMessage());
    }
  }

  /** Entry names in central directory order. */
  public SequencedSet<String> names() {
    return Collections.unmodifiableSequencedSet(new LinkedHashSet<>(entries.keySet()));
  }

  public boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** Reads a small metadata entry whole, within {@link PackLimits#maxMetadataBytes()}. */
  public Result<byte[]> readMetadata(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      return copy(name, limits.maxMetadataBytes(), out).map(copied -> out.toByteArray());
    } catch (IOException e) {
      return Result.failure("could not buffer '" + name + "': " + e.getMessage());
    }
  }

  /**
   * Streams an entry into {@code sink}, hashing as it goes, and stops as soon as it inflates past
   * {@code maxSize} or any limit. Failures to read the archive are values; failures of the sink are
   * thrown.
   */
  public Result<Hashed> copy(String name, long maxSize, OutputStream sink) throws IOException {
    ZipArchiveEntry entry = entries.get(name);
    if (entry == null) {
      return Result.failure("no entry '" + name + "' in the archive");
    }
    InputStream in;
    try {
      in = zip.getInputStream(entry);
    } catch (IOException | RuntimeException e) {
      return unreadable(name, e);
    }
    digest.reset();
    long size = 0;
    try (in) {
      while (true) {
        int read;
        try {
          read = in.read(buffer);
        } catch (IOException | RuntimeException e) {
          return unreadable(name, e);
        }
        if (read < 0) {
          return Result.success(new Hashed(size, Sha256Digest.fromBytes(digest.digest())));
        }
        size += read;
        inflatedTotal += read;
        String exceeded = exceeded(name, size, maxSize, compressedSoFar(in, entry));
        if (exceeded != null) {
          return Result.failure(exceeded);
        }
        digest.update(buffer, 0, read);
        sink.write(buffer, 0, read);
      }
    }
  }

  private static <T> Result<T> unreadable(String name, Exception e) {
    return Result.failure("entry '" + name + "' could not be inflated: " + e.getMessage());
  }

  private String exceeded(String name, long size, long maxSize, long compressed) {
    if (size > maxSize) {
      return "entry '" + name + "' inflates past " + maxSize + " bytes";
    }
    if (size > limits.maxEntryBytes()) {
      return "entry '" + name + "' exceeds the per-entry limit of " + limits.maxEntryBytes();
    }
    if (inflatedTotal > limits.maxTotalBytes()) {
      return "archive exceeds the total limit of " + limits.maxTotalBytes() + " inflated bytes";
    }
    if (size > limits.ratioThresholdBytes()
        && size > (long) limits.maxCompressionRatio() * Math.max(compressed, 1)) {
      return "entry '"
          + name
          + "' exceeds the compression ratio limit of "
          + limits.maxCompressionRatio()
          + ":1 (zip bomb?)";
    }
    return null;
  }

  private static long compressedSoFar(InputStream in, ZipArchiveEntry entry) {
    return in instanceof InputStreamStatistics stats
        ? stats.getCompressedCount()
        : entry.getCompressedSize();
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
