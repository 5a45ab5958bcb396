package org.greenvalue.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The registry keeps its own {@code V3__create_idempotency_keys.sql} and does not add the kit's
 * {@code classpath:db/kit} to its Flyway locations, so existing registry databases migrate as
 * before. That is only right while both create the same table: this test fails when they drift.
 */
class KitMigrationTest {

  @Test
  void theRegistrysV3CreatesTheTableTheKitsIdempotencyExpects() throws IOException {
    String registry = ddl("db/migration/V3__create_idempotency_keys.sql");
    String kit = ddl("db/kit/R__kit_idempotency_keys.sql");

    assertThat(registry).startsWith("CREATE TABLE idempotency_keys (");
    assertThat(registry).isEqualTo(kit.replace("CREATE TABLE IF NOT EXISTS", "CREATE TABLE"));
  }

  @Test
  void theRegistryDoesNotRunTheKitsMigration() throws IOException {
    try (InputStream in = resource("application.yml")) {
      String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(yml.lines().map(String::strip).filter(l -> l.startsWith("locations:")))
          .containsExactly("locations: classpath:db/migration");
    }
  }

  /** The statements without comments, one space between words. */
  private static String ddl(String path) throws IOException {
    try (InputStream in = resource(path)) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return sql.replaceAll("--[^\n]*", "").replaceAll("\\s+", " ").strip();
    }
  }

  private static InputStream resource(String path) {
    InputStream in = KitMigrationTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return in;
  }
}
