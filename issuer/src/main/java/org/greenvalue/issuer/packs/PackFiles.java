package org.greenvalue.issuer.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The pack directory: one ZIP per manifest digest ({@code <hex>.zip}), written atomically. */
@Component
class PackFiles {
  private final Path dir;

  PackFiles(PackProperties properties) throws IOException {
    this.dir = Files.createDirectories(properties.dir());
  }

  /** A fresh temporary file in the pack directory (same file system, so a move is atomic). */
  Path temporary() {
    return dir.resolve(".incoming-" + UUID.randomUUID() + ".zip");
  }

  Path store(Path temporary, String manifestDigest) throws IOException {
    Path target = path(manifestDigest);
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  Path path(String manifestDigest) {
    return dir.resolve(manifestDigest.substring("sha256:".length()) + ".zip");
  }
}
