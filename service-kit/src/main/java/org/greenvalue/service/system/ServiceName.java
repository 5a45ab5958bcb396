package org.greenvalue.service.system;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/** The service's name ({@code spring.application.name}) and its home for local files. */
public final class ServiceName {
  private ServiceName() {}

  public static String of(Environment environment) {
    return environment.getProperty("spring.application.name", "service");
  }

  /** {@code ~/.gvr}, where services keep their embedded database and generated keys. */
  public static Path home() {
    return Path.of(System.getProperty("user.home"), ".gvr");
  }
}
