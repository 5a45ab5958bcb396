package org.greenvalue.registry.client.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes sure the registry's exec jar exists and is newer than the registry's sources, building it
 * with the repository's Maven wrapper when not. A full reactor build packages the registry before
 * its clients (module order), so this only builds when a client module is built alone; there is no
 * Maven dependency on the registry, which would make {@code -pl issuer -am spring-boot:run} start
 * the registry too.
 */
final class RegistryJar {
  private RegistryJar() {}

  static void ensureFresh(Path jar) throws IOException {
    Path module = jar.getParent().getParent();
    Path root = module.getParent();
    if (Files.isRegularFile(jar) && !olderThanSources(jar, module)) {
      return;
    }
    System.out.println(
        "registry test fixture: building " + jar + " (missing or older than its sources)");
    List<String> command =
        List.of(
            root.resolve("mvnw").toString(),
            "-q",
            "-B",
            "-o",
            "-DskipTests",
            "-Djacoco.skip=true",
            "-pl",
            "registry",
            "-am",
            "package");
    Process build = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
    try {
      if (!build.waitFor(15, TimeUnit.MINUTES) || build.exitValue() != 0) {
        throw new IllegalStateException("building the registry failed: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean olderThanSources(Path jar, Path module) throws IOException {
    FileTime built = Files.getLastModifiedTime(jar);
    try (Stream<Path> files = Files.walk(module.resolve("src"))) {
      return Stream.concat(files, Stream.of(module.resolve("pom.xml")))
          .filter(Files::isRegularFile)
          .anyMatch(f -> lastModified(f).compareTo(built) > 0);
    }
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
