package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The next-page link carries each filter so that a server decodes exactly what was sent. */
class NextLinkTest {

  @ParameterizedTest
  @ValueSource(strings = {"2030-01-01T00:00:00+01:00", "urn:x:{id}", "a&limit=1", "a b=c", "é%"})
  void percentEncodesEveryReservedCharacterOfAFilter(String value) {
    NextLink link =
        new NextLink(
            "https",
            "pact.example",
            -1,
            "/3/footprints",
            List.of(Map.entry("productId", List.of(value))));
    String query = link.to(2, 17).substring("https://pact.example/3/footprints?".length());
    assertThat(query).matches("productId=[A-Za-z0-9._~%-]*&limit=2&cursor=17");
    assertThat(URLDecoder.decode(query.split("&")[0], StandardCharsets.UTF_8))
        .isEqualTo("productId=" + value);
  }
}
