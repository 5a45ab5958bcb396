package org.greenvalue.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * Temporary directories for tests (a service's home with its embedded database and master key, a
 * browser profile), removed when the test JVM exits. They are removed by a Spring Boot shutdown
 * handler, which runs after the shutdown hook has closed the application contexts still cached by
 * the test framework, so no database is still running in a directory being deleted. Spring Boot
 * installs that hook when the first application starts, so a JVM that starts none keeps them.
 */
public final class TestDirectories {

  private TestDirectories() {}

  /** A new directory in the system's temporary directory, its name starting with {@code prefix}. */
  public static Path create(String prefix) {
    try {
      Path directory = Files.createTempDirectory(prefix);
      SpringApplication.getShutdownHandlers()
          .add(() -> FileSystemUtils.deleteRecursively(directory.toFile()));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory " + prefix, e);
    }
  }
}
