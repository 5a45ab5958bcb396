package org.greenvalue.credentials.dataintegrity.sd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.greenvalue.common.Result;

/**
 * ecdsa-sd-2023 proof values (vc-di-ecdsa §3.5.2 "serializeBaseProofValue", §3.5.3
 * "parseBaseProofValue", §3.5.7 "serializeDerivedProofValue", §3.5.8 "parseDerivedProofValue"):
 * {@code u} + base64url-no-pad of three header bytes ({@code 0xd9 0x5d 0x00} base, {@code 0xd9 0x5d
 * 0x01} derived) and a CBOR array. Decoding is bounded: a proof value over {@link #MAX_ENCODED}
 * characters, more than {@link #MAX_STATEMENTS} signatures or labels, or any malformed CBOR is
 * refused.
 */
public final class SdProofValues {

  /** Longest proof value accepted, in characters. */
  public static final int MAX_ENCODED = 512 * 1024;

  /** Most signatures, labels or pointers in one proof value. */
  public static final int MAX_STATEMENTS = 4096;

  static final byte[] BASE_HEADER = {(byte) 0xd9, 0x5d, 0x00};
  static final byte[] DERIVED_HEADER = {(byte) 0xd9, 0x5d, 0x01};

  private SdProofValues() {}

  /** Whether a proof value is a base proof (by its header), without parsing the rest. */
  public static boolean isBase(String proofValue) {
    byte[] bytes = headerOf(proofValue);
    return bytes != null && Arrays.equals(bytes, BASE_HEADER);
  }

  static String encode(BaseProof base) {
    var w = new SdCbor.Writer().raw(BASE_HEADER).array(5);
    w.bytes(base.baseSignature()).bytes(base.publicKey()).bytes(base.hmacKey());
    w.array(base.signatures().size());
    base.signatures().forEach(w::bytes);
    w.array(base.mandatoryPointers().size());
    base.mandatoryPointers().forEach(w::text);
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(w.toByteArray());
  }

  static String encode(DerivedProof derived) {
    var w = new SdCbor.Writer().raw(DERIVED_HEADER).array(5);
    w.bytes(derived.baseSignature()).bytes(derived.publicKey());
    w.array(derived.signatures().size());
    derived.signatures().forEach(w::bytes);
    w.map(derived.labels().size());
    derived.labels().forEach((k, v) -> w.uint(k).bytes(v));
    w.array(derived.mandatoryIndexes().size());
    derived.mandatoryIndexes().forEach(w::uint);
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(w.toByteArray());
  }

  static Result<BaseProof> decodeBase(String proofValue) {
    var bytes = bodyOf(proofValue, BASE_HEADER, "a base proof");
    if (!bytes.succeeded()) {
      return Result.failure(bytes.reason());
    }
    try {
      var r = new SdCbor.Reader(bytes.value(), BASE_HEADER.length);
      expectArray(r, 5);
      byte[] baseSignature = r.bytes();
      byte[] publicKey = r.bytes();
      byte[] hmacKey = r.bytes();
      List<byte[]> signatures = bounded(r.byteStrings());
      int pointerCount = bounded(r.array());
      var pointers = new ArrayList<String>(pointerCount);
      for (int i = 0; i < pointerCount; i++) {
        pointers.add(r.text());
      }
      end(r);
      if (hmacKey.length != 32) {
        return Result.failure("the HMAC key must be 32 bytes");
      }
      return checked(baseSignature, publicKey, signatures)
          .map(ok -> new BaseProof(baseSignature, publicKey, hmacKey, signatures, pointers));
    } catch (SdCbor.Malformed e) {
      return Result.failure("malformed base proof value: " + e.getMessage());
    }
  }

  static Result<DerivedProof> decodeDerived(String proofValue) {
    var bytes = bodyOf(proofValue, DERIVED_HEADER, "a derived proof");
    if (!bytes.succeeded()) {
      return Result.failure(bytes.reason());
    }
    try {
      var r = new SdCbor.Reader(bytes.value(), DERIVED_HEADER.length);
      expectArray(r, 5);
      byte[] baseSignature = r.bytes();
      byte[] publicKey = r.bytes();
      List<byte[]> signatures = bounded(r.byteStrings());
      var labels = r.intKeyedBytes();
      bounded(labels.size());
      int indexCount = bounded(r.array());
      var indexes = new ArrayList<Integer>(indexCount);
      for (int i = 0; i < indexCount; i++) {
        long index = r.uint();
        if (index > MAX_STATEMENTS * 2L || (!indexes.isEmpty() && index <= indexes.getLast())) {
          return Result.failure("mandatory indexes must be increasing and in range");
        }
        indexes.add((int) index);
      }
      end(r);
      for (byte[] label : labels.values()) {
        if (label.length != 32) {
          return Result.failure("every blank node label must be a 32-byte HMAC");
        }
      }
      return checked(baseSignature, publicKey, signatures)
          .map(ok -> new DerivedProof(baseSignature, publicKey, signatures, labels, indexes));
    } catch (SdCbor.Malformed e) {
      return Result.failure("malformed derived proof value: " + e.getMessage());
    }
  }

  private static Result<Boolean> checked(
      byte[] baseSignature, byte[] publicKey, List<byte[]> signatures) {
    if (baseSignature.length != 64 && baseSignature.length != 96) {
      return Result.failure("the base signature must be 64 or 96 bytes");
    }
    if (publicKey.length != 35 || publicKey[0] != (byte) 0x80 || publicKey[1] != 0x24) {
      return Result.failure("the proof-scoped key must be a P-256 multikey (35 bytes)");
    }
    for (byte[] signature : signatures) {
      if (signature.length != 64) {
        return Result.failure("every statement signature must be 64 bytes");
      }
    }
    return Result.success(true);
  }

  private static void expectArray(SdCbor.Reader r, int size) throws SdCbor.Malformed {
    int actual = r.array();
    if (actual != size) {
      throw new SdCbor.Malformed("expected an array of " + size + " items, got " + actual);
    }
  }

  private static void end(SdCbor.Reader r) throws SdCbor.Malformed {
    if (!r.atEnd()) {
      throw new SdCbor.Malformed("trailing bytes after the proof value");
    }
  }

  private static <T> List<T> bounded(List<T> list) throws SdCbor.Malformed {
    bounded(list.size());
    return list;
  }

  private static int bounded(int size) throws SdCbor.Malformed {
    if (size > MAX_STATEMENTS) {
      throw new SdCbor.Malformed("more than " + MAX_STATEMENTS + " entries");
    }
    return size;
  }

  private static byte[] headerOf(String proofValue) {
    if (proofValue == null || !proofValue.startsWith("u") || proofValue.length() < 5) {
      return null;
    }
    try {
      return Arrays.copyOf(Base64.getUrlDecoder().decode(proofValue.substring(1, 5)), 3);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Result<byte[]> bodyOf(String proofValue, byte[] header, String what) {
    if (proofValue == null || !proofValue.startsWith("u")) {
      return Result.failure("an ecdsa-sd-2023 proofValue is multibase base64url ('u' prefix)");
    }
    if (proofValue.length() > MAX_ENCODED) {
      return Result.failure("proofValue longer than " + MAX_ENCODED + " characters");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(proofValue.substring(1));
    } catch (IllegalArgumentException e) {
      return Result.failure("proofValue is not valid base64url");
    }
    if (bytes.length < 3 || !Arrays.equals(bytes, 0, 3, header, 0, 3)) {
      return Result.failure("proofValue is not " + what + " (wrong header bytes)");
    }
    return Result.success(bytes);
  }
}
