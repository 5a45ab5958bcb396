package org.greenvalue.bench.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What durable commits cost the embedded database: one-row INSERT transactions per second, one
 * connection, with fsync, synchronous commit and full-page writes on (as the services run it) and
 * with the embedded library's own defaults ({@code -F}, {@code synchronous_commit=off}). The data
 * directory is on the working directory's disk, not a RAM disk, so fsync reaches the device.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmbeddedCommitBenchmark {

  @Param({"durable", "library-defaults"})
  public String settings;

  private EmbeddedPostgres postgres;
  private Connection connection;
  private PreparedStatement insert;
  private long next;

  @Setup(Level.Trial)
  public void start() throws IOException, SQLException {
    Path dir = Files.createTempDirectory(Path.of("").toAbsolutePath(), "commit-bench-");
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true);
    if (settings.equals("durable")) {
      builder
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    }
    postgres = builder.start();
    connection = postgres.getPostgresDatabase().getConnection();
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE events (id BIGINT PRIMARY KEY, body TEXT NOT NULL)");
    }
    insert = connection.prepareStatement("INSERT INTO events (id, body) VALUES (?, ?)");
  }

  /** One transaction: a row the size of an anchor outbox entry. */
  @Benchmark
  public int commitOneRow() throws SQLException {
    insert.setLong(1, next++);
    insert.setString(2, "sha256:9f2c4e1b7a0d5c3e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60");
    return insert.executeUpdate();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    insert.close();
    connection.close();
    postgres.close();
  }
}
