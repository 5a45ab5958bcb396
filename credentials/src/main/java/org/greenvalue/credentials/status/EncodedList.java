package org.greenvalue.credentials.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.greenvalue.common.Result;

/**
 * Decoding of an untrusted {@code encodedList}: multibase base64url ({@code u}, no padding), then
 * GZIP with a cap on the inflated size so a small document cannot expand into gigabytes.
 */
final class EncodedList {

  private static final char BASE64URL_PREFIX = 'u';

  private EncodedList() {}

  static Result<byte[]> decode(String encodedList, int maxDecodedBytes) {
    if (encodedList == null || encodedList.isEmpty()) {
      return Result.failure("encodedList is empty");
    }
    long maxEncodedLength = ((long) maxDecodedBytes + 1024) * 4 / 3 + 8;
    if (encodedList.length() > maxEncodedLength) {
      return Result.failure("encodedList longer than " + maxEncodedLength + " characters");
    }
    if (encodedList.charAt(0) != BASE64URL_PREFIX) {
      return Result.failure("encodedList must be multibase base64url (prefix 'u')");
    }
    String body = encodedList.substring(1);
    if (body.indexOf('=') >= 0) {
      return Result.failure("encodedList must be base64url without padding");
    }
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      return Result.failure("encodedList is not base64url: " + e.getMessage());
    }
    if (compressed.length < 2 || (compressed[0] & 0xff) != 0x1f || (compressed[1] & 0xff) != 0x8b) {
      return Result.failure("encodedList is not GZIP-compressed");
    }
    return inflate(compressed, maxDecodedBytes);
  }

  private static Result<byte[]> inflate(byte[] compressed, int maxDecodedBytes) {
    var out = new ByteArrayOutputStream();
    var buffer = new byte[8192];
    try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (out.size() + read > maxDecodedBytes) {
          return Result.failure(
              "encodedList inflates beyond " + maxDecodedBytes + " bytes; refused as a GZIP bomb");
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      return Result.failure("encodedList is corrupt GZIP: " + e.getMessage());
    }
    return Result.success(out.toByteArray());
  }
}
