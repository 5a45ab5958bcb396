package org.greenvalue.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded database after the service was killed with {@code kill -9}: the PostgreSQL it left
 * running is found by its lock file and stopped, so the first restart works; and the restarted
 * server keeps its writes durable.
 */
class EmbeddedRestartTest {
  @TempDir Path dataDir;

  @Test
  void theFirstStartAfterAKilledServiceStopsTheLeftoverPostgresAndRunsDurably() throws Exception {
    Process service = heldPostgres(dataDir);
    long leftover = StalePostmaster.pidIn(dataDir.resolve("postmaster.pid")).orElseThrow();
    // while its service runs, a second start on the same directory leaves its PostgreSQL alone
    assertThat(StalePostmaster.stop(dataDir)).isEmpty();
    assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).contains(true);
    service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).contains(true);

    var properties = new DatabaseProperties(dataDir, 0);
    try (EmbeddedPostgres restarted =
        new EmbeddedDatabaseAutoConfiguration()
            .embeddedPostgres(properties, new MockEnvironment())) {
      assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
          .isIn(Optional.empty(), Optional.of(false));
      try (Connection c = restarted.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        assertThat(setting(s, "fsync")).isEqualTo("on");
        assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(s, "full_page_writes")).isEqualTo("on");
      }
    }
  }

  @Test
  void aLockNamingAnotherProgramIsRemovedAndOneNamingNoProcessIsLeftToPostgres() throws Exception {
    Path lock = dataDir.resolve("postmaster.pid");
    Files.writeString(lock, ProcessHandle.current().pid() + "\n" + dataDir + "\n");

    assertThat(StalePostmaster.stop(dataDir)).isEmpty();
    assertThat(lock).doesNotExist();
    assertThat(ProcessHandle.current().isAlive()).isTrue();

    Files.writeString(lock, "not a pid\n");
    assertThat(StalePostmaster.stop(dataDir)).isEmpty();
    assertThat(lock).exists();
  }

  private static String setting(Statement s, String name) throws Exception {
    try (ResultSet r = s.executeQuery("SHOW " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  /** A JVM that starts PostgreSQL on {@code dir} the way a service does, once it is ready. */
  private static Process heldPostgres(Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HeldPostgres.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("READY")) {
      // the library's start-up log
    }
    assertThat(line).as("the held PostgreSQL started").startsWith("READY");
    return p;
  }
}
