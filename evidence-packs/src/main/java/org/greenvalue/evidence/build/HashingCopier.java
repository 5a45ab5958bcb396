package org.greenvalue.evidence.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.hash.FileHasher;
import org.greenvalue.evidence.hash.Hashed;

/**
 * Copies a source into an output while hashing it, through fixed buffers reused for every file, so
 * memory stays constant however large the file.
 */
final class HashingCopier {
  private static final int BUFFER_SIZE = 1 << 20;

  private final MessageDigest digest = FileHasher.newSha256();
  private final ByteBuffer direct = ByteBuffer.allocateDirect(BUFFER_SIZE);
  private final byte[] chunk = new byte[BUFFER_SIZE];

  Hashed copy(FileSource source, OutputStream out) throws IOException {
    digest.reset();
    long size =
        switch (source) {
          case FileSource.FromPath path -> copyChannel(path, out);
          case FileSource.FromStream stream -> copyStream(stream.in(), out);
        };
    return new Hashed(size, Sha256Digest.fromBytes(digest.digest()));
  }

  private long copyChannel(FileSource.FromPath source, OutputStream out) throws IOException {
    long size = 0;
    try (FileChannel channel = FileChannel.open(source.file(), StandardOpenOption.READ)) {
      direct.clear();
      int read;
      while ((read = channel.read(direct)) != -1) {
        direct.flip();
        digest.update(direct);
        direct.rewind();
        direct.get(chunk, 0, read);
        out.write(chunk, 0, read);
        direct.clear();
        size += read;
      }
    }
    return size;
  }

  private long copyStream(InputStream in, OutputStream out) throws IOException {
    long size = 0;
    int read;
    while ((read = in.read(chunk)) != -1) {
      digest.update(chunk, 0, read);
      out.write(chunk, 0, read);
      size += read;
    }
    return size;
  }
}
