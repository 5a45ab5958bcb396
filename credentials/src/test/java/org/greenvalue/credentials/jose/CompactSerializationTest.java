package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7515 §7.1: BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature). */
class CompactSerializationTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' attached {1}, detached {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJhIn0.c2ln-_0 | true  | true",
        "eyJhbGciOiJFZERTQSJ9..c2ln                   | false | true",
        "a.b.c                                        | true  | true",
        ".b.c                                         | false | false",
        "a.b.                                         | false | false",
        "a..                                          | false | false",
        "a.b                                          | false | false",
        "a.b.c.d                                      | false | false",
        "a.b+.c                                       | false | false",
        "a.b/.c                                       | false | false",
        "a.b=.c                                       | false | false",
        "'{\"a\":1}'                                  | false | false",
        "'a.b.c '                                     | false | false",
        "''                                           | false | false",
        "NULL                                         | false | false",
      })
  void acceptsOnlyThreeBase64urlSegments(String text, boolean attached, boolean detached) {
    assertThat(CompactSerialization.isCompact(text, false)).isEqualTo(attached);
    assertThat(CompactSerialization.isCompact(text, true)).isEqualTo(detached);
  }
}
