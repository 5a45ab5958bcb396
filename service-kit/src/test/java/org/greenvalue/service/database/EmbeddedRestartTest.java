package org.greenvalue.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
    Process service = ChildJvm.start(HeldPostgres.class, dataDir.toString());
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
}
