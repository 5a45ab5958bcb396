package org.greenvalue.credentials.related;

import com.apicatalog.multibase.Multibase;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * One expected digest of a related resource, read from {@code digestSRI} (W3C Subresource
 * Integrity: {@code sha384-<base64>}, several separated by spaces) or {@code digestMultibase} (a
 * multihash in multibase {@code u} base64url or {@code z} base58btc).
 */
public record ResourceDigest(DigestAlgorithm algorithm, byte[] value) {

  private static final Pattern SRI_HASH =
      Pattern.compile("(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(\\?[\\x21-\\x7e]*)?");

  public ResourceDigest {
    Objects.requireNonNull(algorithm, "algorithm");
    value = value.clone();
    if (value.length != algorithm.length()) {
      throw new IllegalArgumentException(
          algorithm.sriName() + " digest must be " + algorithm.length() + " bytes");
    }
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  /** Whether {@code content} hashes to this digest. */
  public boolean matches(byte[] content) {
    return MessageDigest.isEqual(algorithm.digest(content), value);
  }

  /** The hashes of an SRI integrity metadata string; a malformed one fails the whole string. */
  public static Result<List<ResourceDigest>> parseSri(String text) {
    String[] tokens = text.strip().split("[ \\t\\n\\r\\f]+");
    if (text.isBlank()) {
      return Result.failure("digestSRI is empty");
    }
    List<ResourceDigest> digests = new ArrayList<>();
    for (String token : tokens) {
      var matcher = SRI_HASH.matcher(token);
      if (!matcher.matches()) {
        return Result.failure(
            "digestSRI '" + token + "' is not sha256-, sha384- or sha512- followed by base64");
      }
      DigestAlgorithm algorithm = DigestAlgorithm.bySriName(matcher.group(1)).orElseThrow();
      byte[] value;
      try {
        value = Base64.getDecoder().decode(matcher.group(2));
      } catch (IllegalArgumentException e) {
        return Result.failure("digestSRI '" + token + "' is not valid base64");
      }
      if (value.length != algorithm.length()) {
        return Result.failure(
            "digestSRI " + algorithm.sriName() + " hash is not " + algorithm.length() + " bytes");
      }
      digests.add(new ResourceDigest(algorithm, value));
    }
    return Result.success(digests);
  }

  /** The multihash in a {@code digestMultibase} value. */
  public static Result<ResourceDigest> parseMultibase(String text) {
    byte[] multihash;
    try {
      if (text.startsWith("u") && text.indexOf('=') < 0) {
        multihash = Base64.getUrlDecoder().decode(text.substring(1));
      } else if (text.startsWith("z") && Multibase.BASE_58_BTC.isEncoded(text)) {
        multihash = Multibase.BASE_58_BTC.decode(text);
      } else {
        return Result.failure(
            "digestMultibase must be multibase base64url ('u') or base58btc ('z')");
      }
    } catch (IllegalArgumentException e) {
      return Result.failure("digestMultibase does not decode: " + e.getMessage());
    }
    if (multihash.length < 2) {
      return Result.failure("digestMultibase holds no multihash");
    }
    var algorithm = DigestAlgorithm.byMultihashCode(multihash[0] & 0xff);
    if (algorithm.isEmpty()) {
      return Result.failure(
          "digestMultibase multihash code 0x"
              + Integer.toHexString(multihash[0] & 0xff)
              + " is not sha2-256, sha2-384 or sha2-512");
    }
    int length = multihash[1] & 0xff;
    if (length != algorithm.get().length() || multihash.length != 2 + length) {
      return Result.failure("digestMultibase multihash length does not match its algorithm");
    }
    byte[] value = new byte[length];
    System.arraycopy(multihash, 2, value, 0, length);
    return Result.success(new ResourceDigest(algorithm.get(), value));
  }

  /** {@code digestSRI} text for this digest. */
  public String toSri() {
    return algorithm.sriName() + "-" + Base64.getEncoder().encodeToString(value);
  }

  /** {@code digestMultibase} text for this digest (base64url multihash). */
  public String toMultibase() {
    byte[] multihash = new byte[2 + value.length];
    multihash[0] = (byte) algorithm.multihashCode();
    multihash[1] = (byte) value.length;
    System.arraycopy(value, 0, multihash, 2, value.length);
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(multihash);
  }

  /** The digest of {@code content} under {@code algorithm}. */
  public static ResourceDigest of(DigestAlgorithm algorithm, byte[] content) {
    return new ResourceDigest(algorithm, algorithm.digest(content));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResourceDigest d
        && d.algorithm == algorithm
        && MessageDigest.isEqual(d.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * algorithm.hashCode() + java.util.Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return toSri();
  }
}
