package org.greenvalue.service.input;

import java.io.IOException;

/** Input carried a NUL character (U+0000), which no field of ours may hold: a 400. */
public final class NulByteException extends IOException {
  public NulByteException(String where) {
    super(where + " contains a NUL character (U+0000)");
  }
}
