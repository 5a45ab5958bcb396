package org.greenvalue.evidence.hash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.greenvalue.common.digest.Sha256Digest;

/**
 * Streaming SHA-256 of files and streams in constant memory: one fixed buffer, reused for every
 * file. Files are read through a {@link FileChannel} into a direct buffer that feeds {@link
 * MessageDigest#update(ByteBuffer)}. Not thread-safe; create one per thread.
 */
public final class FileHasher {
  /** Default buffer size: large enough to amortise system calls, small enough for tiny heaps. */
  public static final int DEFAULT_BUFFER_SIZE = 1 << 20;

  private final MessageDigest digest;
  private final ByteBuffer buffer;
  private final byte[] streamBuffer;

  public FileHasher() {
    this(DEFAULT_BUFFER_SIZE);
  }

  public FileHasher(int bufferSize) {
    this.digest = newSha256();
    this.buffer = ByteBuffer.allocateDirect(bufferSize);
    this.streamBuffer = new byte[Math.min(bufferSize, 64 * 1024)];
  }

  /** Size and SHA-256 of a file. */
  public Hashed hash(Path file) throws IOException {
    digest.reset();
    long size = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      buffer.clear();
      int read;
      while ((read = channel.read(buffer)) != -1) {
        size += read;
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
      }
    }
    return new Hashed(size, Sha256Digest.fromBytes(digest.digest()));
  }

  /** Size and SHA-256 of everything left in {@code in}; the stream is not closed. */
  public Hashed hash(InputStream in) throws IOException {
    digest.reset();
    long size = 0;
    int read;
    while ((read = in.read(streamBuffer)) != -1) {
      size += read;
      digest.update(streamBuffer, 0, read);
    }
    return new Hashed(size, Sha256Digest.fromBytes(digest.digest()));
  }

  /** A fresh SHA-256 instance. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
