package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's coverage gate measures registry-client's compiled classes (copied into
 * target/classes after the tests): they must be there, and be the very classes these tests ran,
 * else JaCoCo would skip the check or measure other bytes.
 */
class CoverageGateInputTest {

  @Test
  void registryClientsCompiledClassesAreTheOnesUnderTest() throws IOException {
    Path classes = Path.of(System.getProperty("gvr.registry-client.classes", "missing"));
    Path compiled = classes.resolve("org/greenvalue/registry/client/RegistryClient.class");
    byte[] tested;
    try (InputStream in = RegistryClient.class.getResourceAsStream("RegistryClient.class")) {
      tested = in.readAllBytes();
    }

    assertThat(compiled)
        .as("registry-client's classes, which the coverage gate reads (build it too: -am)")
        .isRegularFile();
    assertThat(Files.readAllBytes(compiled))
        .as("the compiled %s is the class the tests ran (%s)", compiled, classOrigin())
        .isEqualTo(tested);
  }

  private static String classOrigin() {
    return String.valueOf(RegistryClient.class.getProtectionDomain().getCodeSource());
  }
}
