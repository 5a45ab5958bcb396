package org.greenvalue.credentials.keys;

import com.apicatalog.multibase.Multibase;
import java.util.Arrays;
import org.greenvalue.common.Result;

/**
 * Multikey encodings (Controlled Identifiers 1.0, §2.2.2): a multicodec prefix then the raw key,
 * multibase base58-btc ({@code z...}). {@code z6Mk...} is an Ed25519 public key, {@code zDn...} a
 * P-256 one, {@code z82...} a P-384 one.
 */
public final class Multikey {

  private Multikey() {}

  public static String encodePublic(VerificationKey key) {
    return Multibase.BASE_58_BTC.encode(concat(key.type().publicCodec(), key.raw()));
  }

  public static String encodeSecret(SigningKey key) {
    return Multibase.BASE_58_BTC.encode(concat(key.type().secretCodec(), key.secret()));
  }

  public static Result<VerificationKey> decodePublic(String multibase) {
    return decode(multibase, true)
        .flatMap(
            typed -> {
              try {
                return Result.success(VerificationKey.of(typed.type(), typed.key()));
              } catch (IllegalArgumentException e) {
                return Result.failure(e.getMessage());
              }
            });
  }

  public static Result<SigningKey> decodeSecret(String multibase) {
    return decode(multibase, false)
        .flatMap(
            typed -> {
              try {
                return Result.success(SigningKey.of(typed.type(), typed.key()));
              } catch (IllegalArgumentException e) {
                return Result.failure(e.getMessage());
              }
            });
  }

  private record Typed(KeyType type, byte[] key) {}

  private static Result<Typed> decode(String multibase, boolean publicKey) {
    if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
      return Result.failure("multikey must be multibase base58-btc ('z' prefix)");
    }
    byte[] bytes;
    try {
      bytes = Multibase.BASE_58_BTC.decode(multibase);
    } catch (RuntimeException e) {
      return Result.failure("multikey is not valid base58-btc");
    }
    for (KeyType type : KeyType.values()) {
      byte[] codec = publicKey ? type.publicCodec() : type.secretCodec();
      int expected = publicKey ? type.publicKeyLength() : type.secretKeyLength();
      if (bytes.length == codec.length + expected
          && Arrays.equals(bytes, 0, codec.length, codec, 0, codec.length)) {
        return Result.success(
            new Typed(type, Arrays.copyOfRange(bytes, codec.length, bytes.length)));
      }
    }
    return Result.failure(
        "unsupported multikey: expected an Ed25519, P-256 or P-384 "
            + (publicKey ? "public" : "secret")
            + " key");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
