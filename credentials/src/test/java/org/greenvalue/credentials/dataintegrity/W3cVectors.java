package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;

/** Reads the W3C test vector files under {@code src/test/resources/w3c-vectors}. */
final class W3cVectors {

  private W3cVectors() {}

  static String text(String path) {
    try (InputStream in = W3cVectors.class.getResourceAsStream("/w3c-vectors/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test vector " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject json(String path) {
    return JsonDocuments.parseObject(text(path)).value();
  }

  static JsonObject credential() {
    return json("credential.json");
  }

  static SigningKey ed25519Key() {
    return Multikey.decodeSecret(json("keys/keyPair.json").getString("privateKeyMultibase"))
        .value();
  }

  static SigningKey p256Key() {
    return Multikey.decodeSecret(json("keys/p256KeyPair.json").getString("secretKeyMultibase"))
        .value();
  }
}
