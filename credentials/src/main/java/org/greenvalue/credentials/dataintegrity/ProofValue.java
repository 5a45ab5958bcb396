package org.greenvalue.credentials.dataintegrity;

import com.apicatalog.multibase.Multibase;
import org.greenvalue.common.Result;

/** A proof value: the raw signature as multibase base58-btc ({@code z...}). */
final class ProofValue {

  private ProofValue() {}

  static String encode(byte[] signature) {
    return Multibase.BASE_58_BTC.encode(signature);
  }

  static Result<byte[]> decode(String value, int expectedLength) {
    if (value == null || !Multibase.BASE_58_BTC.isEncoded(value)) {
      return Result.failure("proofValue must be multibase base58-btc (a string starting with 'z')");
    }
    byte[] bytes;
    try {
      bytes = Multibase.BASE_58_BTC.decode(value);
    } catch (RuntimeException e) {
      return Result.failure("proofValue is not valid base58-btc");
    }
    if (bytes.length != expectedLength) {
      return Result.failure(
          "proofValue decodes to " + bytes.length + " bytes, expected " + expectedLength);
    }
    return Result.success(bytes);
  }
}
