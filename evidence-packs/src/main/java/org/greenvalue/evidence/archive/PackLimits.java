package org.greenvalue.evidence.archive;

/**
 * Bounds on what reading an archive may cost, enforced on the bytes actually inflated while
 * streaming, never on sizes an archive declares about itself.
 *
 * @param maxEntries most entries in the central directory
 * @param maxTotalBytes most inflated bytes over all entries
 * @param maxEntryBytes most inflated bytes in one entry
 * @param ratioThresholdBytes entries are held to the ratio once they inflate past this size
 * @param maxCompressionRatio most inflated bytes per compressed byte beyond the threshold
 * @param maxMetadataBytes most bytes of {@code manifest.json} or {@code disclosure.json}
 */
public record PackLimits(
    int maxEntries,
    long maxTotalBytes,
    long maxEntryBytes,
    long ratioThresholdBytes,
    int maxCompressionRatio,
    int maxMetadataBytes) {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  public PackLimits {
    if (maxEntries < 1
        || maxTotalBytes < 1
        || maxEntryBytes < 1
        || ratioThresholdBytes < 0
        || maxCompressionRatio < 1
        || maxMetadataBytes < 1) {
      throw new IllegalArgumentException("pack limits must be positive");
    }
  }

  /** 10,000 entries, 4 GiB in total and per entry, 100:1 beyond 1 MiB, 8 MiB of metadata. */
  public static PackLimits defaults() {
    return new PackLimits(10_000, 4 * GIB, 4 * GIB, MIB, 100, (int) (8 * MIB));
  }

  public PackLimits withMaxEntries(int value) {
    return new PackLimits(
        value,
        maxTotalBytes,
        maxEntryBytes,
        ratioThresholdBytes,
        maxCompressionRatio,
        maxMetadataBytes);
  }

  public PackLimits withMaxTotalBytes(long value) {
    return new PackLimits(
        maxEntries,
        value,
        maxEntryBytes,
        ratioThresholdBytes,
        maxCompressionRatio,
        maxMetadataBytes);
  }

  public PackLimits withMaxEntryBytes(long value) {
    return new PackLimits(
        maxEntries,
        maxTotalBytes,
        value,
        ratioThresholdBytes,
        maxCompressionRatio,
        maxMetadataBytes);
  }

  public PackLimits withCompressionRatio(long thresholdBytes, int ratio) {
    return new PackLimits(
        maxEntries, maxTotalBytes, maxEntryBytes, thresholdBytes, ratio, maxMetadataBytes);
  }
}
