package org.greenvalue.service.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on a data directory by a service that was killed ({@code kill -9}
 * leaves the embedded postmaster behind, holding {@code postmaster.pid} and the port). Found by the
 * pid the lock file names, and stopped before the next start, so the first restart works. A
 * PostgreSQL whose service still runs (it holds the embedded library's {@code epg-lock}) is left
 * alone: a second instance started on the same directory by mistake must not stop the first's.
 */
final class StalePostmaster {
  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private StalePostmaster() {}

  /**
   * Stops the postmaster {@code dataDir}'s lock file names, if it is still running; removes a lock
   * file whose pid now belongs to another program.
   *
   * @return the pid stopped, if one was
   */
  static Optional<Long> stop(Path dataDir) throws IOException {
    Path lock = dataDir.resolve("postmaster.pid");
    Optional<Long> pid = pidIn(lock);
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return Optional.empty(); // PostgreSQL itself ignores a lock whose pid is gone
    }
    if (ownerAlive(dataDir)) {
      log.warn("{} is in use by a running service (its epg-lock is held); leaving it", dataDir);
      return Optional.empty();
    }
    if (!isPostgres(process.get())) {
      log.warn("{} names pid {}, now another program; removing the stale lock", lock, pid.get());
      Files.deleteIfExists(lock);
      return Optional.empty();
    }
    log.warn(
        "a PostgreSQL (pid {}) from an earlier run still holds {}; stopping it",
        pid.get(),
        dataDir);
    // SIGTERM: a smart shutdown; its clients died with the old service, so it ends at once
    process.get().destroy();
    if (!exited(process.get())) {
      log.warn("PostgreSQL pid {} did not stop within {}; killing it", pid.get(), GRACE);
      process.get().destroyForcibly();
      exited(process.get());
    }
    return pid;
  }

  /** The pid on the lock file's first line, if the file exists and names one. */
  static Optional<Long> pidIn(Path lock) throws IOException {
    if (!Files.isRegularFile(lock)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.getFirst().strip());
      return pid > 0 ? Optional.of(pid) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the service that started this PostgreSQL still runs: the embedded library holds a file
   * lock on {@code epg-lock} in the data directory for as long as its JVM lives.
   */
  private static boolean ownerAlive(Path dataDir) throws IOException {
    Path lock = dataDir.resolve("epg-lock");
    if (!Files.exists(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return true;
      }
      held.release();
      return false;
    } catch (OverlappingFileLockException sameJvm) {
      return true;
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
        .orElse(false);
  }

  private static boolean exited(ProcessHandle process) {
    try {
      process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
