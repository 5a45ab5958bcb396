package org.greenvalue.credentials.dataintegrity.sd;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.greenvalue.common.Result;

/**
 * Blank node labels that hide the canonical order (vc-di-ecdsa §3.4.4
 * "createHmacIdLabelMapFunction"): each canonical label {@code c14nN} becomes {@code u} + the
 * base64url-no-pad HMAC-SHA-256 of its UTF-8 bytes.
 */
final class HmacLabels {

  private HmacLabels() {}

  static Result<Map<String, String>> of(byte[] hmacKey, Map<String, String> canonicalIds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
      Map<String, String> labels = new HashMap<>();
      canonicalIds.forEach(
          (input, c14n) ->
              labels.put(input, label(mac.doFinal(c14n.getBytes(StandardCharsets.UTF_8)))));
      return Result.success(labels);
    } catch (GeneralSecurityException e) {
      return Result.failure("HMAC-SHA-256 unavailable: " + e.getMessage());
    }
  }

  /** A label map function from a derived proof's labels ({@code c14nN} → HMAC bytes). */
  static Result<Map<String, String>> fromProof(
      Map<Integer, byte[]> labels, Map<String, String> canonicalIds) {
    Map<String, String> out = new HashMap<>();
    for (var entry : canonicalIds.entrySet()) {
      String c14n = entry.getValue();
      byte[] hmac = null;
      if (c14n.startsWith("c14n")) {
        try {
          hmac = labels.get(Integer.parseInt(c14n.substring(4)));
        } catch (NumberFormatException e) {
          hmac = null;
        }
      }
      if (hmac == null) {
        return Result.failure("the proof's label map has no label for blank node " + c14n);
      }
      out.put(entry.getKey(), label(hmac));
    }
    return Result.success(out);
  }

  static String label(byte[] hmac) {
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac);
  }

  /** The HMAC bytes of a label made by {@link #label}. */
  static byte[] bytes(String label) {
    return Base64.getUrlDecoder().decode(label.substring(1));
  }
}
