package org.greenvalue.credentials.digest;

import java.util.Objects;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;

/**
 * The root of an evidence pack's Merkle tree over salted leaves, written as 64 lowercase
 * hexadecimal characters (a SHA-256 output, no prefix), as the evidence pack manifest states it.
 *
 * @param hex the 64 lowercase hexadecimal characters
 */
public record MerkleRoot(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public MerkleRoot {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a Merkle root is 64 lowercase hex characters");
    }
  }

  /** Reads 64 lowercase hex characters; anything else is a failure. */
  public static Result<MerkleRoot> parse(String text) {
    if (text == null || !HEX.matcher(text).matches()) {
      return Result.failure("Merkle root must be 64 lowercase hex characters");
    }
    return Result.success(new MerkleRoot(text));
  }

  @Override
  public String toString() {
    return hex;
  }
}
