package org.greenvalue.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    Process service = start(dataDir);
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

  private static Process start(Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                StoppingWriter.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("READY")) {
      // the application's start-up log
    }
    assertThat(line).as("the service started").isEqualTo("READY");
    // keep draining its output, so a full pipe never blocks its shutdown
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                out.transferTo(Writer.nullWriter());
              } catch (IOException closed) {
                // the service has exited
              }
            });
    return p;
  }
}
