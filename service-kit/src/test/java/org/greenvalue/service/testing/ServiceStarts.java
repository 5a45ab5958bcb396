package org.greenvalue.service.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service in the test JVM as its deployment would: under a profile, with a fresh home of
 * its own (embedded database and master key, removed at exit) and a free port unless the test names
 * one. The test's arguments follow, so a test adds or withholds exactly what it is about.
 */
public final class ServiceStarts {

  private ServiceStarts() {}

  /**
   * Runs {@code application} under {@code profile}; a start it refuses throws, as in production.
   */
  public static ConfigurableApplicationContext start(
      Class<?> application, String profile, String... args) {
    Path home =
        TestDirectories.create(application.getSimpleName().toLowerCase(Locale.ROOT) + "-home");
    List<String> all = new ArrayList<>();
    all.add("--spring.profiles.active=" + profile);
    all.add("--gvr.database.data-dir=" + home.resolve("db"));
    all.add("--gvr.keys.master-key-file=" + home.resolve("master.key"));
    all.addAll(List.of(args));
    if (all.stream().noneMatch(a -> a.startsWith("--server.port="))) {
      all.add("--server.port=0");
    }
    return new SpringApplicationBuilder(application).run(all.toArray(String[]::new));
  }
}
