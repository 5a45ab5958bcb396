package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A JWS compact serialization (RFC 7515 §7.1) parsed once: Nimbus's {@link JWSObject} keeps the
 * received parts, so the signing input is the original bytes, and the payload is read once as a
 * jakarta JSON object with exact decimals.
 */
record CompactJws(JWSObject jws, JsonObject payload) {

  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

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
    String payloadJson;
    try {
      payloadJson = payloadText(compact);
    } catch (IllegalArgumentException e) {
      return Result.failure("the JWS payload is not base64url: " + e.getMessage());
    }
    return JsonDocuments.parseObject(payloadJson)
        .map(payload -> new CompactJws(jws, payload))
        .flatMap(
            parsed ->
                parsed.payload().isEmpty()
                    ? Result.failure("the JWS payload is an empty object")
                    : Result.success(parsed));
  }

  /**
   * The payload segment decoded as UTF-8, with the JDK's base64url decoder: Nimbus's own decoder
   * (behind {@code Payload.toString()}) takes a tenth of a whole verification on a 2 KB payload.
   */
  private static String payloadText(String compact) {
    int first = compact.indexOf('.');
    int second = compact.indexOf('.', first + 1);
    byte[] bytes = URL_DECODER.decode(compact.substring(first + 1, second));
    return new String(bytes, StandardCharsets.UTF_8);
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
