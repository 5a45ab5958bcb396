package org.greenvalue.credentials.jose;

import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.model.VerifiableCredential;

/** Keys, credentials and hand-made tokens for the JOSE tests. */
final class JoseFixtures {

  static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  private JoseFixtures() {}

  static String did(SigningKey key) {
    return DidKeyResolver.didFor(key.publicKey());
  }

  static String kid(SigningKey key) {
    return DidKeyResolver.methodFor(key.publicKey());
  }

  static JoseSigner signer(SigningKey key) {
    return new JoseSigner(key, kid(key));
  }

  static VerifiableCredential credential(String issuer) {
    return VerifiableCredential.builder()
        .context("https://example.org/pcf/v1")
        .id("urn:uuid:0b5f0c52-6a6f-4b4d-9f3e-3f1f7d0c2a10")
        .type("ProductFootprintCredential")
        .issuer(issuer)
        .validFrom(Instant.parse("2025-01-01T00:00:00Z"))
        .validUntil(Instant.parse("2026-01-01T00:00:00Z"))
        .credentialSubject(
            Json.createObjectBuilder()
                .add("id", "urn:pact:pf:1")
                .add("x", new BigDecimal("12.3400000000000000001"))
                .add("unit", "kgCO2e")
                .build())
        .property("unknownExtension", Json.createObjectBuilder().add("z", 1).add("a", 2).build())
        .build();
  }

  static String segment(String text) {
    return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String decode(String segment) {
    return new Base64URL(segment).decodeToString();
  }

  static JsonObject header(String jws) {
    return JsonDocuments.parseObject(decode(jws.split("\\.")[0])).value();
  }

  /** A token with the given header and payload, signed over them with the key's raw signature. */
  static String forge(JsonObject header, String payload, SigningKey key) {
    String input = segment(JsonDocuments.write(header)) + "." + segment(payload);
    byte[] signature = key.sign(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64URL.encode(signature);
  }
}
