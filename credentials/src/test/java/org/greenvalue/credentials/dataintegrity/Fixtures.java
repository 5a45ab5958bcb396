package org.greenvalue.credentials.dataintegrity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;

/** Keys, a carbon-footprint credential and helpers shared by the Data Integrity tests. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SigningKey ED25519 = SigningKey.generate(KeyType.ED25519);
  static final SigningKey P256 = SigningKey.generate(KeyType.P256);

  private Fixtures() {}

  static SigningKey keyFor(Cryptosuite suite) {
    return suite.keyType() == KeyType.ED25519 ? ED25519 : P256;
  }

  static String methodOf(SigningKey key) {
    return DidKeyResolver.methodFor(key.publicKey());
  }

  static String didOf(SigningKey key) {
    return DidKeyResolver.didFor(key.publicKey());
  }

  static Cryptosuite suite(String name) {
    return Cryptosuites.standard().find(name).orElseThrow();
  }

  /** The footprint credential issued by the did:key of the suite's key, which signs it. */
  static JsonObject footprintCredential(String suite) {
    return with(
        footprintCredential(), "issuer", DidKeyResolver.didFor(keyFor(suite(suite)).publicKey()));
  }

  /** The footprint credential issued by {@link TwoKeyIssuer}, whose keys sign in every suite. */
  static JsonObject twoKeyIssuerCredential() {
    return with(footprintCredential(), "issuer", TwoKeyIssuer.DID);
  }

  /** Signs in a suite with {@link TwoKeyIssuer}'s key for it. */
  static JsonObject signAsTwoKeyIssuer(String suite, ProofOptions.Builder options, JsonObject doc) {
    return signer(suite(suite), options.build()).sign(doc).value();
  }

  static DataIntegrityVerifier twoKeyIssuerVerifier() {
    return new DataIntegrityVerifier(new TwoKeyIssuer(ED25519, P256), CLOCK);
  }

  /** A ~1 KB product carbon footprint credential using only bundled contexts. */
  static JsonObject footprintCredential() {
    String text =
        """
        {"@context":["https://www.w3.org/ns/credentials/v2",
                     "https://www.w3.org/ns/credentials/examples/v2"],
         "id":"urn:uuid:0b6e4c1a-7f0e-4c55-9d53-3f3c2b8f9a10",
         "type":["VerifiableCredential","ProductFootprintCredential"],
         "issuer":"%s",
         "validFrom":"2025-05-01T00:00:00Z",
         "credentialSubject":{
           "id":"urn:pact:footprint:3893bb5d-da16-4dc1-9185-11d97476c254",
           "productIds":["urn:gtin:4712345060507"],
           "productName":"Recycled aluminium ingot",
           "declaredUnit":"kilogram",
           "unitaryProductAmount":"1000",
           "pcfExcludingBiogenic":"1.63",
           "referencePeriodStart":"2024-01-01T00:00:00Z",
           "referencePeriodEnd":"2024-12-31T23:59:59Z",
           "geographyCountry":"DE"}}
        """
            .formatted(DidKeyResolver.didFor(ED25519.publicKey()));
    return JsonDocuments.parseObject(text).value();
  }

  static DataIntegritySigner signer(Cryptosuite suite, ProofOptions options) {
    return DataIntegrity.signer(suite, keyFor(suite), options, CLOCK).value();
  }

  static JsonObject sign(String suite, JsonObject document) {
    Cryptosuite s = suite(suite);
    return signer(s, ProofOptions.assertion(methodOf(keyFor(s)))).sign(document).value();
  }

  static DataIntegrityVerifier verifier() {
    return new DataIntegrityVerifier(new DidKeyResolver(), CLOCK);
  }

  static JsonObject with(JsonObject object, String key, JsonValue value) {
    return Json.createObjectBuilder(object).add(key, value).build();
  }

  static JsonObject with(JsonObject object, String key, String value) {
    return Json.createObjectBuilder(object).add(key, value).build();
  }

  /** The document with its single proof replaced by the given function's result. */
  static JsonObject withProof(JsonObject document, java.util.function.UnaryOperator<JsonObject> f) {
    return with(document, "proof", f.apply(document.getJsonObject("proof")));
  }
}
