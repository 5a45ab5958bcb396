package org.greenvalue.service.database;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service stand-in for {@link EmbeddedShutdownTest}: a Spring application on the kit's embedded
 * database whose one component, like a history writer flushing its queue, still writes a row while
 * the application stops, a moment after the stop began. It says when it is ready and waits for
 * SIGTERM.
 */
public final class StoppingWriter {

  static final Duration FLUSH_DELAY = Duration.ofMillis(1500);

  private StoppingWriter() {}

  public static void main(String[] args) throws Exception {
    new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE)
        .properties("gvr.database.data-dir=" + args[0])
        .run();
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  @Configuration(proxyBeanMethods = false)
  @Import(EmbeddedDatabaseAutoConfiguration.class)
  static class Application {
    @Bean
    FlushOnStop flushOnStop(DataSource dataSource) {
      return new FlushOnStop(JdbcClient.create(dataSource));
    }
  }

  static final class FlushOnStop implements SmartLifecycle {
    private final JdbcClient jdbc;
    private volatile boolean running;

    FlushOnStop(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public void start() {
      jdbc.sql("CREATE TABLE IF NOT EXISTS flushed (at timestamptz NOT NULL)").update();
      running = true;
    }

    @Override
    public void stop() {
      try {
        Thread.sleep(FLUSH_DELAY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      jdbc.sql("INSERT INTO flushed VALUES (now())").update();
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }
  }
}
