package org.greenvalue.registry.support;

import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine is reachable, decided cheaply: without a socket, {@code DOCKER_HOST} or a
 * Testcontainers configuration there is nothing to ask; otherwise Testcontainers is asked, and any
 * failure means "not reachable". Never throws.
 */
record DockerCheck(boolean reachable, String reason) {

  static DockerCheck run() {
    if (Boolean.getBoolean("gvr.test.embedded")) {
      return new DockerCheck(false, "embedded backends forced (-Dgvr.test.embedded=true)");
    }
    if (!Backends.dockerSocketPresent()) {
      return new DockerCheck(false, "no Docker engine reachable (no socket, no DOCKER_HOST)");
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable()
          ? new DockerCheck(true, "a Docker engine is reachable, using Testcontainers")
          : new DockerCheck(false, "Docker configured but not answering");
    } catch (Throwable e) { // any failure to reach Docker means: use the embedded backends
      return new DockerCheck(false, "Docker check failed (" + e.getClass().getSimpleName() + ")");
    }
  }
}
