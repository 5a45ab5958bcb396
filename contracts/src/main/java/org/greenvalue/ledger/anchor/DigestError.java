package org.greenvalue.ledger.anchor;

/** Why a digest handed in for anchoring was refused. Nothing is sent when any digest is refused. */
public sealed interface DigestError extends DigestRead {

  /** A human-readable reason. */
  String reason();

  /** No digest at all ({@code null}). */
  record Missing() implements DigestError {
    @Override
    public String reason() {
      return "no digest given";
    }
  }

  /** Text naming an algorithm other than {@code sha256}, or none. */
  record UnknownAlgorithm(String algorithm) implements DigestError {
    @Override
    public String reason() {
      return "unknown digest algorithm '" + algorithm + "', expected 'sha256'";
    }
  }

  /** {@code sha256:} followed by something other than 64 lowercase hex characters. */
  record Malformed(String value) implements DigestError {
    @Override
    public String reason() {
      return "'sha256:' must be followed by 64 lowercase hex characters";
    }
  }

  /** Raw bytes that are not a 32-byte SHA-256 digest. */
  record WrongLength(int length) implements DigestError {
    @Override
    public String reason() {
      return "a SHA-256 digest has 32 bytes, got " + length;
    }
  }
}
