package org.greenvalue.registry.system.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the service when no external database is configured: the first run needs
 * nothing installed, and the data directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
    Files.createDirectories(properties.dataDir());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(properties.dataDir())
            .setCleanDataDirectory(false)
            .setPort(properties.port())
            .start();
    log.info(
        "embedded PostgreSQL on port {} with data in {}", postgres.getPort(), properties.dataDir());
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(10);
    pool.setPoolName("registry-embedded");
    return pool;
  }
}
