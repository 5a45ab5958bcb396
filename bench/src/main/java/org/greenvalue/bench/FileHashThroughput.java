package org.greenvalue.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.evidence.hash.FileHasher;

/**
 * Hashes a file the way the evidence-pack builder does and prints the throughput, for the
 * comparison with {@code sha256sum} in bench/run.sh (run with -Xmx64m).
 */
public final class FileHashThroughput {

  private FileHashThroughput() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    var hasher = new FileHasher();
    hasher.hash(file); // warm-up pass: JIT and page cache
    long start = System.nanoTime();
    var hashed = hasher.hash(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    double mib = Files.size(file) / (1024.0 * 1024.0);
    System.out.printf(
        "gvr FileHasher: %.1f MiB/s (%d bytes, sha256 %s, max heap %d MiB)%n",
        mib / seconds,
        hashed.size(),
        hashed.sha256(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
