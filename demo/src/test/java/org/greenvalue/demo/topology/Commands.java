package org.greenvalue.demo.topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command-line tools the topology needs (keytool, initdb, pg_ctl, psql), checked. */
final class Commands {
  private Commands() {}

  /** Runs {@code command} with {@code stdin} as its input (or none); returns its output. */
  static String run(List<String> command, Path stdin) throws IOException {
    return run(command, stdin, Map.of());
  }

  static String run(List<String> command, Path stdin, Map<String, String> environment)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Process process = builder.start();
    if (stdin == null) {
      process.getOutputStream().close();
    }
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (process.waitFor() != 0) {
        throw new IOException(
            String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + command.get(0), e);
    }
    return output;
  }

  /**
   * The command as the {@code postgres} OS user when this runs as root (PostgreSQL refuses root).
   */
  static List<String> asPostgres(List<String> command) {
    if (!"root".equals(System.getProperty("user.name"))) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    wrapped.addAll(command);
    return wrapped;
  }
}
