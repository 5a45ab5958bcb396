package org.greenvalue.ledger.chain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code anvil} that the contracts module's build installs from npm: the {@code
 * gvr.anvil} system property, the {@code GVR_ANVIL} environment variable, then {@code
 * node_modules/.bin/anvil} under the working directory or its {@code contracts/} folder.
 */
public final class AnvilLocator {
  public static final String PROPERTY = "gvr.anvil";
  public static final String ENVIRONMENT = "GVR_ANVIL";
  private static final Path RELATIVE = Path.of("node_modules", ".bin", "anvil");

  private AnvilLocator() {}

  /**
   * @throws IllegalStateException naming the places looked at, when none has anvil
   */
  public static Path find() {
    List<Path> candidates = candidates();
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "anvil not found (run the contracts build, which runs npm ci); looked at "
                        + candidates));
  }

  static List<Path> candidates() {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of).ifPresent(candidates::add);
    Optional.ofNullable(System.getenv(ENVIRONMENT)).map(Path::of).ifPresent(candidates::add);
    Path here = Path.of("").toAbsolutePath();
    candidates.add(here.resolve(RELATIVE));
    candidates.add(here.resolve("contracts").resolve(RELATIVE));
    return candidates;
  }
}
