package org.greenvalue.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;

/** The credential and key every benchmark and the Node.js reference script share. */
final class Fixtures {

  /** The W3C vc-di-eddsa test key; its did:key is the fixture credential's issuer. */
  static final SigningKey W3C_KEY =
      Multikey.decodeSecret("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq").value();

  /** The proof creation time the Node.js script uses too. */
  static final Clock SIGNING_CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static final Clock VERIFYING_CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** The unsigned ~2 KB product carbon footprint credential (PACT v3 subject). */
  static JsonObject pcfCredential() {
    try (var in = Fixtures.class.getResourceAsStream("/fixtures/pcf-credential.json")) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PCF credential secured in the given format by the W3C key, at the signing clock. */
  static String signedPcf(SecuringFormat format) {
    return new CredentialSigner(
            W3C_KEY, DidKeyResolver.methodFor(W3C_KEY.publicKey()), SIGNING_CLOCK)
        .sign(pcfCredential(), format)
        .value();
  }
}
