package org.greenvalue.demo.story;

import java.net.URI;

/** Where the three services listen. */
public record Endpoints(URI registry, URI issuer, URI verifier) {
  URI registry(String path) {
    return registry.resolve(path);
  }

  URI issuer(String path) {
    return issuer.resolve(path);
  }

  URI verifier(String path) {
    return verifier.resolve(path);
  }
}
