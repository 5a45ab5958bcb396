package org.greenvalue.credentials.jose;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Set;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * A detached JWS with an unencoded payload (RFC 7515 Appendix F, RFC 7797), as {@code
 * JsonWebSignature2020} proofs carry it in {@code jws}: {@code <header>..<signature>}, the header
 * stating {@code "b64": false} and {@code "crit": ["b64"]}, the signing input being the encoded
 * header, a period and the raw payload bytes. The header is read by Nimbus and the signature
 * checked by our Nimbus verifier, with the algorithm of the key's type only.
 */
public final class DetachedJws {

  private DetachedJws() {}

  /** Success with a description when the signature holds over the payload; else why not. */
  public static Result<String> verify(String jws, byte[] payload, VerificationKey key) {
    if (jws == null || jws.length() > CompactJws.MAX_LENGTH) {
      return Result.failure("jws must be a detached JWS string");
    }
    int first = jws.indexOf('.');
    int last = jws.lastIndexOf('.');
    if (first < 0 || last != first + 1 || jws.indexOf('.', first + 1) != last) {
      return Result.failure("jws must be detached: <header>..<signature>");
    }
    if (!Base64Url.isCanonical(jws.substring(last + 1))) {
      return Result.failure("jws signature is not canonical unpadded base64url (RFC 7515 §2)");
    }
    Base64URL encodedHeader = new Base64URL(jws.substring(0, first));
    Base64URL signature = new Base64URL(jws.substring(last + 1));
    JWSHeader header;
    try {
      header = JWSHeader.parse(encodedHeader);
    } catch (ParseException | RuntimeException e) {
      return Result.failure("jws header is not a JWS header: " + e.getMessage());
    }
    if (header.isBase64URLEncodePayload()) {
      return Result.failure("jws header must state b64: false (RFC 7797)");
    }
    if (header.getCriticalParams() == null || !header.getCriticalParams().equals(Set.of("b64"))) {
      return Result.failure("jws header crit must be exactly [\"b64\"]");
    }
    String expected = key.type().jwsAlgorithm();
    if (!expected.equals(header.getAlgorithm().getName())) {
      return Result.failure(
          "jws alg " + header.getAlgorithm() + " does not match the " + key.type() + " key");
    }
    try {
      return new KeyJwsVerifier(key).verify(header, signingInput(encodedHeader, payload), signature)
          ? Result.success(expected + " detached JWS verifies")
          : Result.failure("jws signature does not match the document and proof options");
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Result.failure("jws could not be checked: " + e.getMessage());
    }
  }

  /**
   * RFC 7797 §3: the encoded header, a period, then the payload bytes as they are. Built here, not
   * by Nimbus's {@code JWSObject}, which reads an unencoded payload as UTF-8 text and so cannot
   * carry the binary hash these proofs sign.
   */
  static byte[] signingInput(Base64URL encodedHeader, byte[] payload) {
    byte[] head = (encodedHeader.toString() + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] input = Arrays.copyOf(head, head.length + payload.length);
    System.arraycopy(payload, 0, input, head.length, payload.length);
    return input;
  }
}
