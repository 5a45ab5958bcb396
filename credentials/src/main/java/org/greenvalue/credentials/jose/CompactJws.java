package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * A JWS compact serialization (RFC 7515 §7.1) parsed once: the protected header as Nimbus's {@link
 * JWSHeader} (which refuses a header without a JWS {@code alg}), the signing input as the received
 * ASCII bytes of {@code header.payload}, the signature segment as received, and the payload read
 * once as a jakarta JSON object with exact decimals. Every segment is decoded by {@link Base64Url}
 * on the JDK's decoder (Nimbus's own takes a tenth of a whole verification on a 2 KB payload),
 * which takes only the canonical unpadded spelling.
 *
 * <p>Parsing does not verify anything. A caller that reads the payload before verifying it (the
 * verification engine reads a credential's claims, then checks its proof) passes the same parse to
 * {@link VcJwtVerifier#verify(CompactJws)}, so the token is decoded and its JSON read once.
 */
public final class CompactJws {

  private final JWSHeader header;
  private final byte[] signingInput;
  private final String signatureSegment;
  private final JsonObject payload;

  private CompactJws(
      JWSHeader header, byte[] signingInput, String signatureSegment, JsonObject payload) {
    this.header = header;
    this.signingInput = signingInput;
    this.signatureSegment = signatureSegment;
    this.payload = payload;
  }

  /** Longest token accepted: the largest JSON document, base64url-encoded, plus header. */
  static final int MAX_LENGTH = JsonDocuments.MAX_LENGTH / 3 * 4 + 16 * 1024;

  /** Parses a token; a failure says why it is not a JWS compact serialization. */
  public static Result<CompactJws> parse(String compact) {
    if (compact == null || compact.isEmpty()) {
      return Result.failure("no JWS given");
    }
    if (compact.length() > MAX_LENGTH) {
      return Result.failure("JWS longer than " + MAX_LENGTH + " characters");
    }
    int first = compact.indexOf('.');
    int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0) {
      return Result.failure("a JWS compact serialization has exactly three parts");
    }
    if (second == compact.length() - 1) {
      return Result.failure("the JWS has no signature");
    }
    String headerSegment = compact.substring(0, first);
    JWSHeader header;
    try {
      header = JWSHeader.parse(decode(headerSegment), Base64URL.from(headerSegment));
    } catch (ParseException | RuntimeException e) {
      return Result.failure("not a JWS: " + e.getMessage());
    }
    String payloadJson;
    try {
      payloadJson = decode(compact.substring(first + 1, second));
    } catch (IllegalArgumentException e) {
      return Result.failure("the JWS payload is not base64url: " + e.getMessage());
    }
    byte[] signingInput = compact.substring(0, second).getBytes(StandardCharsets.US_ASCII);
    String signature = compact.substring(second + 1);
    return JsonDocuments.parseObject(payloadJson)
        .flatMap(
            payload ->
                payload.isEmpty()
                    ? Result.failure("the JWS payload is an empty object")
                    : Result.success(new CompactJws(header, signingInput, signature, payload)));
  }

  /** The protected header. */
  public JWSHeader header() {
    return header;
  }

  /** The payload as received, before any VC-JWT 1.1 claims are decoded. */
  public JsonObject payload() {
    return payload;
  }

  /** The ASCII bytes of {@code header.payload} as received; not copied, so never handed out. */
  byte[] signingInput() {
    return signingInput;
  }

  String signatureSegment() {
    return signatureSegment;
  }

  /** The signature's bytes; empty when its segment is not canonical base64url. */
  Optional<byte[]> signature() {
    try {
      return Optional.of(Base64Url.decode(signatureSegment));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A segment decoded as UTF-8; IllegalArgumentException when it is not base64url. */
  private static String decode(String segment) {
    return new String(Base64Url.decode(segment), StandardCharsets.UTF_8);
  }

  /** The {@code alg} of a header Nimbus refused, to tell {@code alg: none} apart. */
  static String rawAlgorithm(String compact) {
    if (compact == null || compact.indexOf('.') < 0) {
      return "";
    }
    try {
      String header = decode(compact.substring(0, compact.indexOf('.')));
      return JsonDocuments.parseObject(header)
          .map(h -> h.containsKey("alg") ? h.get("alg").toString().replace("\"", "") : "")
          .orElseThrow(IllegalArgumentException::new);
    } catch (RuntimeException e) {
      return "";
    }
  }
}
