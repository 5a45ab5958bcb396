package org.greenvalue.demo.stack;

import java.nio.file.Path;

/**
 * Where the stack keeps its data and logs, where the services' executable jars are, and their
 * ports.
 *
 * @param dataDir databases, keys and logs of this run
 * @param jarDir the repository root; each service's jar is {@code <name>/target/<name>-exec.jar}
 * @param registryPort the registry's HTTP port
 * @param issuerPort the issuer's HTTP port
 * @param verifierPort the verifier's HTTP port
 */
public record StackOptions(
    Path dataDir, Path jarDir, int registryPort, int issuerPort, int verifierPort) {

  Path jar(String service) {
    return jarDir.resolve(service).resolve("target").resolve(service + "-exec.jar");
  }
}
