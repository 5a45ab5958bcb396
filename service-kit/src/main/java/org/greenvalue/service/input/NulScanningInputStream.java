package org.greenvalue.service.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A UTF-8 JSON body, refusing a NUL character as it streams past: a raw 0x00 byte, or the escape
 * {@code \u0000} in a string or member name (an escaped backslash followed by {@code u0000} is
 * text, not NUL). Reading past a NUL throws {@link NulByteException}.
 */
final class NulScanningInputStream extends FilterInputStream {
  private boolean escaped;
  private int zeros = -1;

  NulScanningInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      scan(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  private void scan(byte b) throws NulByteException {
    if (zeros >= 0) {
      if (b == '0') {
        if (++zeros == 4) {
          throw new NulByteException("the JSON body");
        }
        return;
      }
      zeros = -1;
    }
    if (b == 0) {
      throw new NulByteException("the JSON body");
    }
    if (b == '\\') {
      escaped = !escaped;
      return;
    }
    if (escaped && b == 'u') {
      zeros = 0;
    }
    escaped = false;
  }
}
