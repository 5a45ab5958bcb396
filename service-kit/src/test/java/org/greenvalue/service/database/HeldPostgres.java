package org.greenvalue.service.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * A service stand-in for {@link EmbeddedRestartTest}: starts an embedded PostgreSQL on the data
 * directory it is given, says so, and waits to be killed.
 */
public final class HeldPostgres {

  private HeldPostgres() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(Path.of(args[0]))
            .setCleanDataDirectory(false)
            .start();
    System.out.println("READY " + postgres.getPort());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
