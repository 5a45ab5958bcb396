package org.greenvalue.verifier;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.jsonld.RdfCanonicalizer;
import org.greenvalue.credentials.keys.SigningKey;

/**
 * VC Data Model 1.1 credentials with an {@code Ed25519Signature2020} proof, made here as another
 * wallet would (our services only verify that proof type): SHA-256 of the URDNA2015 proof options
 * (with the document's context), then SHA-256 of the URDNA2015 document, signed with Ed25519.
 */
final class LegacyCredentials {

  private LegacyCredentials() {}

  static String ed25519Signature2020(SigningKey key) {
    String issuer = DidKeyResolver.didFor(key.publicKey());
    JsonObject credential =
        JsonDocuments.parseObject(
                """
                {"@context":["https://www.w3.org/2018/credentials/v1",
                   {"AlumniCredential":"https://schema.org#AlumniCredential",
                    "alumniOf":"https://schema.org#alumniOf"},
                   "https://w3id.org/security/suites/ed25519-2020/v1"],
                 "id":"http://example.edu/credentials/1872",
                 "type":["VerifiableCredential","AlumniCredential"],
                 "issuer":"%s",
                 "issuanceDate":"2010-01-01T19:23:24Z",
                 "credentialSubject":{"id":"https://example.edu/students/alice",
                                      "alumniOf":"Example University"}}
                """
                    .formatted(issuer))
            .value();
    JsonObject options =
        JSON.createObjectBuilder()
            .add("type", "Ed25519Signature2020")
            .add("created", "2024-01-01T00:00:00Z")
            .add("verificationMethod", DidKeyResolver.methodFor(key.publicKey()))
            .add("proofPurpose", "assertionMethod")
            .build();
    JsonObject config =
        JSON.createObjectBuilder(options).add("@context", credential.get("@context")).build();
    byte[] hashData = concat(hash(config), hash(credential));
    String proofValue = Multibase.BASE_58_BTC.encode(key.sign(hashData));
    return JsonDocuments.write(
        JSON.createObjectBuilder(credential)
            .add("proof", JSON.createObjectBuilder(options).add("proofValue", proofValue))
            .build());
  }

  private static byte[] hash(JsonObject document) {
    String canonical = RdfCanonicalizer.standard().canonicalize(document).value();
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
