package org.greenvalue.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.greenvalue.evidence.manifest.PackPath;
import org.greenvalue.evidence.verify.EntrySink;

/**
 * Writes verified files under one directory. Paths are already validated; resolving them is checked
 * again so that nothing can land outside, and files are created new, never overwritten.
 */
final class DirectorySink implements EntrySink {
  private final Path root;

  DirectorySink(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public OutputStream open(PackPath path) throws IOException {
    return Files.newOutputStream(
        resolve(path.value()), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  @Override
  public void metadata(String name, byte[] bytes) throws IOException {
    Files.write(resolve(name), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private Path resolve(String relative) throws IOException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IOException("refusing to write outside " + root + ": " + relative);
    }
    Files.createDirectories(file.getParent());
    return file;
  }
}
