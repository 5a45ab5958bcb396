package org.greenvalue.evidence.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the end-of-central-directory records before any ZIP library does, and refuses archives
 * whose central directory would list more entries than allowed, so a hostile directory of millions
 * of entries is rejected without first being loaded into memory.
 */
final class CentralDirectoryBounds {
  /** Generous size of one central directory record: 46 fixed bytes, a name, a few extras. */
  private static final long MAX_RECORD_BYTES = 46 + 512L * 3 + 512;

  private static final int EOCD_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int ZIP64_EOCD_SIG = 0x06064b50;
  private static final int EOCD_LENGTH = 22;
  private static final int MAX_COMMENT = 0xffff;

  private CentralDirectoryBounds() {}

  static Optional<String> check(Path zip, PackLimits limits) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
      long length = channel.size();
      int tailLength = (int) Math.min(length, EOCD_LENGTH + MAX_COMMENT);
      ByteBuffer tail = read(channel, length - tailLength, tailLength);
      int eocd = -1;
      for (int i = tailLength - EOCD_LENGTH; i >= 0 && eocd < 0; i--) {
        if (tail.getInt(i) == EOCD_SIG) {
          eocd = i;
        }
      }
      if (eocd < 0) {
        return Optional.of("not a ZIP archive: no end of central directory record");
      }
      long eocdPosition = length - tailLength + eocd;
      long entries = Short.toUnsignedLong(tail.getShort(eocd + 10));
      long directoryOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
      long directoryEnd = eocdPosition;
      if (eocdPosition >= 20
          && read(channel, eocdPosition - 20, 20).getInt(0) == ZIP64_LOCATOR_SIG) {
        long zip64Position = read(channel, eocdPosition - 20, 20).getLong(8);
        if (zip64Position < 0 || zip64Position + 56 > eocdPosition) {
          return Optional.of("ZIP64 end of central directory points outside the archive");
        }
        ByteBuffer zip64 = read(channel, zip64Position, 56);
        if (zip64.getInt(0) != ZIP64_EOCD_SIG) {
          return Optional.of("ZIP64 end of central directory record is missing");
        }
        entries = zip64.getLong(32);
        directoryOffset = zip64.getLong(48);
        directoryEnd = zip64Position;
      }
      return bounded(entries, directoryEnd - directoryOffset, limits);
    }
  }

  private static Optional<String> bounded(long entries, long directoryBytes, PackLimits limits) {
    if (entries < 0 || entries > limits.maxEntries()) {
      return Optional.of(
          "archive declares "
              + Long.toUnsignedString(entries)
              + " entries, more than the limit of "
              + limits.maxEntries());
    }
    if (directoryBytes < 0) {
      return Optional.of("central directory offset lies beyond its end record");
    }
    if (directoryBytes > limits.maxEntries() * MAX_RECORD_BYTES) {
      return Optional.of(
          "central directory of "
              + directoryBytes
              + " bytes could hold more than "
              + limits.maxEntries()
              + " entries");
    }
    return Optional.empty();
  }

  private static ByteBuffer read(SeekableByteChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    channel.position(position);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading until full or end of file
    }
    return buffer.flip();
  }
}
