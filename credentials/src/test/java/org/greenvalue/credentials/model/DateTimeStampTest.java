package org.greenvalue.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DateTimeStamp} reads exactly what the XML Schema lexical form and the JDK's ISO parser
 * accept together: compared, on seeded random variations of valid stamps, with that pair as the
 * oracle.
 */
class DateTimeStampTest {

  private static final Pattern LEXICAL =
      Pattern.compile(
          "-?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

  private static Optional<Instant> oracle(String value) {
    if (!LEXICAL.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void agreesWithTheLexicalFormAndTheIsoParserOnRandomVariations() {
    var random = new Random(20261206L);
    String alphabet = "0123456789-+:.TZ tz";
    String[] seeds = {
      "2025-01-01T00:00:00Z",
      "2024-02-29T23:59:59.999999999+14:00",
      "-0044-03-15T12:00:00-05:30",
      "1999-12-31T24:00:00Z",
      "2025-06-30T23:59:60Z",
      "0000-01-01T00:00:00.5-00:00",
      "2025-13-01T00:00:00+18:01"
    };
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      var text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      int edits = random.nextInt(4);
      for (int e = 0; e < edits && !text.isEmpty(); e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.setCharAt(at, c);
          case 1 -> text.insert(at, c);
          default -> text.deleteCharAt(at);
        }
      }
      String value = text.toString();
      var parsed = DateTimeStamp.parse(value);
      Optional<Instant> expected = oracle(value);
      assertThat(parsed.succeeded()).as(value).isEqualTo(expected.isPresent());
      if (parsed.succeeded()) {
        assertThat(parsed.value()).as(value).isEqualTo(expected.get());
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThan(10_000);
  }
}
