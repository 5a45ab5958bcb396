package org.greenvalue.credentials.dataintegrity;

import java.util.Optional;
import org.greenvalue.common.verification.Check;

/** A check together with what it established, for the checks that depend on it. */
record Checked<T>(Check check, Optional<T> value) {

  static <T> Checked<T> passed(Check check, T value) {
    return new Checked<>(check, Optional.of(value));
  }

  static <T> Checked<T> without(Check check) {
    return new Checked<>(check, Optional.empty());
  }
}
