package org.greenvalue.demo.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The registry's DID, read from the issuer of its public, signed trust list. The operator of a
 * verifier pins this DID ({@code gvr.verifier.registry-did}) so that only the registry's custody
 * transfer records are accepted; the demo reads it once from the registry it just started.
 */
final class RegistryDid {

  private RegistryDid() {}

  static String of(URI registry) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(registry.resolve("/trust/list"))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String did = new ObjectMapper().readTree(response.body()).path("issuer").asText("");
      if (response.statusCode() != 200 || !did.startsWith("did:")) {
        throw new IOException(
            "the registry's trust list names no issuer (HTTP " + response.statusCode() + ")");
      }
      return did;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the registry's DID", e);
    }
  }
}
