package org.greenvalue.evidence.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.greenvalue.common.Result;

/**
 * Writes a file whole or not at all: into a hidden sibling first (created with the default
 * permissions, unlike {@link Files#createTempFile}), moved over the target only on success.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Produces the content of a file; a failure leaves the target untouched. */
  @FunctionalInterface
  public interface Writer<T> {
    Result<T> write(OutputStream out) throws IOException;
  }

  public static <T> Result<T> write(Path target, Writer<T> writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID());
    try {
      Result<T> result;
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        result = writer.write(out);
      }
      if (result.succeeded()) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
