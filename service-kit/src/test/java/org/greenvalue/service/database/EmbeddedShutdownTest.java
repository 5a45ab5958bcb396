package org.greenvalue.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * A service stopped with SIGTERM (what an orchestrator sends) keeps its embedded database running
 * until the application has stopped: the writes its components make while stopping (a history
 * writer's last batch, an outbox's last attempt) are committed. The database is stopped by the
 * application closing, never beside it by a JVM hook of its own.
 */
class EmbeddedShutdownTest {
  @TempDir Path dataDir;

  @Test
  void writesMadeWhileTheServiceStopsReachItsEmbeddedDatabase() throws Exception {
    Process service = ChildJvm.start(StoppingWriter.class, dataDir.toString());
    try {
      service.destroy();
      assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service stopped").isTrue();
    } finally {
      service.destroyForcibly();
    }

    var properties = new DatabaseProperties(dataDir, 0);
    try (EmbeddedPostgres restarted =
            new EmbeddedDatabaseAutoConfiguration()
                .embeddedPostgres(properties, new MockEnvironment());
        Connection c = restarted.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM flushed")) {
      r.next();
      assertThat(r.getInt(1)).as("rows written while stopping").isEqualTo(1);
    }
  }
}
