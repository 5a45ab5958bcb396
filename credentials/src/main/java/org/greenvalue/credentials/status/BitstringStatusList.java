package org.greenvalue.credentials.status;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.greenvalue.common.Result;

/**
 * A W3C Bitstring Status List 1.0: a bitstring of at least {@value #MIN_ENTRIES} entries, each
 * {@code statusSize} bits wide. Entry {@code i} occupies bits {@code [i*statusSize,
 * (i+1)*statusSize)}, counted from the left-most (most significant) bit of the first byte; its
 * value reads those bits most significant first.
 *
 * <p>{@link #encode()} gives the {@code encodedList}: the bitstring GZIP-compressed, then multibase
 * base64url without padding ({@code u} prefix). {@link #decode} refuses a list that is not that, is
 * smaller than the minimum, or inflates beyond a cap (a GZIP bomb).
 *
 * <p>Mutable and not thread-safe: the registry owns one per list and publishes encodings of it.
 */
public final class BitstringStatusList {

  /** The specification's minimum number of entries (16 KiB of bits at one bit per entry). */
  public static final int MIN_ENTRIES = 131_072;

  /** Widest entry supported, in bits. */
  public static final int MAX_STATUS_SIZE = 8;

  /** Default cap on the decompressed size accepted by {@link #decode(String, int)}: 16 MiB. */
  public static final int DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;

  private final byte[] bits;
  private final int statusSize;

  BitstringStatusList(byte[] bits, int statusSize) {
    this.bits = bits;
    this.statusSize = statusSize;
  }

  /** A list of the minimum size with one-bit entries, all zero. */
  public static BitstringStatusList create() {
    return create(MIN_ENTRIES, 1);
  }

  /** A list of {@code entries} entries of {@code statusSize} bits, all zero. */
  public static BitstringStatusList create(int entries, int statusSize) {
    requireStatusSize(statusSize);
    if (entries < MIN_ENTRIES) {
      throw new IllegalArgumentException("a status list has at least " + MIN_ENTRIES + " entries");
    }
    long totalBits = (long) entries * statusSize;
    if (totalBits > (long) DEFAULT_MAX_DECODED_BYTES * 8) {
      throw new IllegalArgumentException("status list larger than its decoding cap");
    }
    return new BitstringStatusList(new byte[(int) ((totalBits + 7) / 8)], statusSize);
  }

  /** Decodes an {@code encodedList} with the default decompression cap. */
  public static Result<BitstringStatusList> decode(String encodedList, int statusSize) {
    return decode(encodedList, statusSize, DEFAULT_MAX_DECODED_BYTES);
  }

  /** Decodes an {@code encodedList}, refusing lists that inflate beyond {@code maxDecodedBytes}. */
  public static Result<BitstringStatusList> decode(
      String encodedList, int statusSize, int maxDecodedBytes) {
    if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
      return Result.failure("statusSize must be between 1 and " + MAX_STATUS_SIZE);
    }
    return EncodedList.decode(encodedList, maxDecodedBytes)
        .flatMap(
            bytes -> {
              long entries = (long) bytes.length * 8 / statusSize;
              if (entries < MIN_ENTRIES) {
                return Result.failure(
                    "status list too small: "
                        + entries
                        + " entries, the minimum is "
                        + MIN_ENTRIES);
              }
              return Result.success(new BitstringStatusList(bytes, statusSize));
            });
  }

  /** The number of entries. */
  public int size() {
    return (int) ((long) bits.length * 8 / statusSize);
  }

  public int statusSize() {
    return statusSize;
  }

  /** The status value of entry {@code index}. */
  public int get(int index) {
    long first = firstBit(index);
    int value = 0;
    for (int b = 0; b < statusSize; b++) {
      long bit = first + b;
      int set = (bits[(int) (bit >>> 3)] >>> (7 - (int) (bit & 7))) & 1;
      value = (value << 1) | set;
    }
    return value;
  }

  /** Whether entry {@code index} has a non-zero status. */
  public boolean isSet(int index) {
    return get(index) != 0;
  }

  /** Sets entry {@code index} to {@code status}, which must fit in {@code statusSize} bits. */
  public void set(int index, int status) {
    if (status < 0 || status >= 1 << statusSize) {
      throw new IllegalArgumentException(
          "status " + status + " does not fit in " + statusSize + " bits");
    }
    long first = firstBit(index);
    for (int b = 0; b < statusSize; b++) {
      long bit = first + b;
      int mask = 1 << (7 - (int) (bit & 7));
      int on = (status >>> (statusSize - 1 - b)) & 1;
      int at = (int) (bit >>> 3);
      bits[at] = (byte) (on == 1 ? bits[at] | mask : bits[at] & ~mask);
    }
  }

  /** The {@code encodedList}: GZIP, then multibase base64url without padding. */
  public String encode() {
    var out = new ByteArrayOutputStream(bits.length / 64 + 64);
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory compression failed", e);
    }
    return Multibase.BASE_64_URL.encode(out.toByteArray());
  }

  /** An independent copy. */
  public BitstringStatusList copy() {
    return new BitstringStatusList(bits.clone(), statusSize);
  }

  private long firstBit(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(
          "status list index " + index + " outside 0.." + (size() - 1));
    }
    return (long) index * statusSize;
  }

  private static void requireStatusSize(int statusSize) {
    if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
      throw new IllegalArgumentException("statusSize must be between 1 and " + MAX_STATUS_SIZE);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BitstringStatusList l
        && l.statusSize == statusSize
        && Arrays.equals(l.bits, bits);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bits) + statusSize;
  }
}
