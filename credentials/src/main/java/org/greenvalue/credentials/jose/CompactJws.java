package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.text.ParseException;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A JWS compact serialization (RFC 7515 §7.1) parsed once: Nimbus's {@link JWSObject} keeps the
 * received parts, so the signing input is the original bytes, and the payload is read once as a
 * jakarta JSON object with exact decimals.
 */
record CompactJws(JWSObject jws, JsonObject payload) {

  /** Longest token accepted: the largest JSON document, base64url-encoded, plus header. */
  static final int MAX_LENGTH = JsonDocuments.MAX_LENGTH / 3 * 4 + 16 * 1024;

  JWSHeader header() {
    return jws.getHeader();
  }

  static Result<CompactJws> parse(String compact) {
    if (compact == null || compact.isEmpty()) {
      return Result.failure("no JWS given");
    }
    if (compact.length() > MAX_LENGTH) {
      return Result.failure("JWS longer than " + MAX_LENGTH + " characters");
    }
    if (compact.chars().filter(c -> c == '.').count() != 2) {
      return Result.failure("a JWS compact serialization has exactly three parts");
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(compact);
    } catch (ParseException | RuntimeException e) {
      return Result.failure("not a JWS: " + e.getMessage());
    }
    return JsonDocuments.parseObject(jws.getPayload().toString())
        .map(payload -> new CompactJws(jws, payload))
        .flatMap(
            parsed ->
                parsed.payload().isEmpty()
                    ? Result.failure("the JWS payload is an empty object")
                    : Result.success(parsed));
  }

  /** The {@code alg} of a header Nimbus refused, to tell {@code alg: none} apart. */
  static String rawAlgorithm(String compact) {
    if (compact == null || compact.indexOf('.') < 0) {
      return "";
    }
    try {
      String header = new Base64URL(compact.substring(0, compact.indexOf('.'))).decodeToString();
      return JsonDocuments.parseObject(header)
          .map(h -> h.containsKey("alg") ? h.get("alg").toString().replace("\"", "") : "")
          .orElseThrow(IllegalArgumentException::new);
    } catch (RuntimeException e) {
      return "";
    }
  }
}
