package org.greenvalue.service.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A service stand-in run in a JVM of its own on this test's class path, as a service's process
 * would be: started with one argument, returned once it prints a line starting {@code READY}. Its
 * output is drained from then on, so a full pipe never blocks it.
 */
final class ChildJvm {

  private ChildJvm() {}

  static Process start(Class<?> main, String argument) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), main.getName(), argument)
            .redirectErrorStream(true)
            .start();
    var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("READY")) {
      // its start-up log
    }
    assertThat(line).as(main.getSimpleName() + " started").startsWith("READY");
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                out.transferTo(Writer.nullWriter());
              } catch (IOException closed) {
                // it has exited
              }
            });
    return p;
  }
}
