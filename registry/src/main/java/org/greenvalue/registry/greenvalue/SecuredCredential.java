package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.digest.CredentialDigest;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;

/**
 * A credential as it came in, either a compact vc+jwt or JSON with a Data Integrity proof, with its
 * {@link CredentialDigest} and its credential (for a vc+jwt, the JWT's payload).
 *
 * @param field the request field it came from, for problems
 * @param jws the compact JWS, or null for a Data Integrity credential
 * @param json the Data Integrity credential, or null for a vc+jwt
 */
record SecuredCredential(
    String field,
    String jws,
    JsonObject json,
    VerifiableCredential credential,
    Sha256Digest digest) {

  static SecuredCredential read(String field, JsonNode node) {
    if (node.isTextual()) {
      return compact(field, node.asText());
    }
    if (node.isObject()) {
      return dataIntegrity(field, node);
    }
    throw malformed(field, "must be a JSON credential object or a compact vc+jwt string");
  }

  VerificationReport verify(CredentialVerifier verifier) {
    return jws != null ? verifier.verify(jws) : verifier.verify(json);
  }

  private static SecuredCredential compact(String field, String jws) {
    Result<Sha256Digest> digest = CredentialDigest.ofCompactJws(jws);
    if (!digest.succeeded()) {
      throw malformed(field, digest.reason());
    }
    String payload;
    try {
      payload =
          new String(
              Base64.getUrlDecoder()
                  .decode(jws.substring(jws.indexOf('.') + 1, jws.lastIndexOf('.'))),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed(field, "the JWT payload is not base64url");
    }
    Result<JsonObject> parsed = JsonDocuments.parseObject(payload);
    if (!parsed.succeeded()) {
      throw malformed(field, "the JWT payload is not a JSON object");
    }
    return new SecuredCredential(
        field, jws, null, VerifiableCredential.of(parsed.value()), digest.value());
  }

  private static SecuredCredential dataIntegrity(String field, JsonNode node) {
    Result<JsonObject> parsed = JsonDocuments.parseObject(node.toString());
    if (!parsed.succeeded()) {
      throw malformed(field, parsed.reason());
    }
    JsonObject json = parsed.value();
    Result<Sha256Digest> digest = CredentialDigest.ofSecuredJson(json);
    if (!digest.succeeded()) {
      throw Problem.invalid("credential-unsigned", field + ": " + digest.reason());
    }
    return new SecuredCredential(field, null, json, VerifiableCredential.of(json), digest.value());
  }

  private static Problem malformed(String field, String reason) {
    return new Problem(
        HttpStatus.BAD_REQUEST,
        "malformed-credential",
        "Malformed credential",
        field + ": " + reason);
  }
}
