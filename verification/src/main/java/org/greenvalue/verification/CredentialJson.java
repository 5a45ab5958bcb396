package org.greenvalue.verification;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.greenvalue.credentials.jose.LegacyJwtClaims;
import org.greenvalue.credentials.json.JsonDocuments;

/**
 * The credential JSON of a secured credential: the JSON itself, or a compact JWS's payload (for a
 * VC-JWT 1.1, the credential decoded from its {@code vc} claim).
 */
public final class CredentialJson {

  private CredentialJson() {}

  public static Optional<JsonObject> payload(String secured) {
    String text = secured == null ? "" : secured.strip();
    if (text.startsWith("{")) {
      return JsonDocuments.parseObject(text).toOptional();
    }
    return part(text, 1).map(LegacyJwtClaims::documentOf);
  }

  /** A compact JWS's protected header. */
  public static Optional<JsonObject> jwsHeader(String secured) {
    return part(secured == null ? "" : secured.strip(), 0);
  }

  private static Optional<JsonObject> part(String text, int index) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String json = new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8);
      return JsonDocuments.parseObject(json).toOptional();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
