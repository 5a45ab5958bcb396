package org.greenvalue.registry.dids;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;

/** Test DID documents: a fresh did:web with Multikey methods, all listed under assertionMethod. */
final class DidDocuments {
  private DidDocuments() {}

  static String freshDid() {
    return "did:web:localhost%3A8081:org-" + UUID.randomUUID();
  }

  /** A document of the DID with one method per fragment, each with a fresh Ed25519 key. */
  static String document(String did, List<String> fragments) {
    String methods =
        fragments.stream()
            .map(
                f ->
                    """
                    {"id":"%s#%s","type":"Multikey","controller":"%s","publicKeyMultibase":"%s"}"""
                        .formatted(did, f, did, Multikey.encodePublic(key(f).publicKey())))
            .collect(Collectors.joining(","));
    String refs =
        fragments.stream().map(f -> "\"" + did + "#" + f + "\"").collect(Collectors.joining(","));
    return """
        {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/multikey/v1"],
         "id":"%s","verificationMethod":[%s],"assertionMethod":[%s]}"""
        .formatted(did, methods, refs);
  }

  /** One stable key per fragment name within a test run. */
  private static final java.util.Map<String, SigningKey> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SigningKey key(String fragment) {
    return KEYS.computeIfAbsent(fragment, f -> SigningKey.generate(KeyType.ED25519));
  }

  static String body(String did, String document, String change) {
    return """
        {"did":"%s","document":%s,"change":%s}"""
        .formatted(did, document, change);
  }
}
