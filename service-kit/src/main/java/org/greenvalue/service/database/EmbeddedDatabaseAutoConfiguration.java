package org.greenvalue.service.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.greenvalue.service.system.ServiceName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Starts PostgreSQL inside the service when no external database is configured: the first run needs
 * nothing installed, and the data directory survives restarts. A PostgreSQL left running on the
 * directory by a killed service is stopped first ({@link StalePostmaster}). Unlike the library's
 * test defaults, fsync and synchronous commit stay on: a write the service acknowledged survives an
 * operating-system crash. The server stops when the application closes, after everything that
 * writes to it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrl.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {
  private static final Logger log =
      LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DatabaseProperties properties, Environment environment)
      throws IOException {
    Path dataDir =
        properties.dataDir() != null
            ? properties.dataDir()
            : ServiceName.home().resolve(ServiceName.of(environment) + "-db");
    Files.createDirectories(dataDir);
    StalePostmaster.stop(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            // Stopped by this bean's close, after the pool and everything that writes through it;
            // the library's own JVM hook would stop the server while they still flush on exit.
            .setRegisterShutdownHook(false)
            .setPort(properties.port())
            // the library starts the server with -F (no fsync); a later -c setting wins
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    log.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(
        environment.getProperty("gvr.database.pool-size", Integer.class, 10).intValue());
    pool.setPoolName(ServiceName.of(environment) + "-embedded");
    return pool;
  }
}
