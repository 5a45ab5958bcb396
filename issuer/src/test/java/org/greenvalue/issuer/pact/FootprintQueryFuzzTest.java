package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The query of {@code GET /3/footprints}: any query string is refused with a {@link PactException},
 * or parses into a query whose next-page link carries parameters that parse to the same query.
 */
class FootprintQueryFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void queryIsRefusedOrItsNextLinkParsesToTheSameQuery(FuzzedDataProvider data) {
    MultiValueMap<String, String> params =
        decoded(new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8));
    if (params == null) {
      return;
    }
    FootprintQuery query;
    try {
      query = FootprintQuery.from(params);
    } catch (PactException refused) {
      assertThat(refused.error().code()).isEqualTo(PactError.BAD_REQUEST);
      return;
    }
    String next =
        NextLink.of(new MockHttpServletRequest("GET", "/3/footprints"), params)
            .to(query.limit(), query.after());
    MultiValueMap<String, String> followed = decoded(URI.create(next).getRawQuery());
    assertThat(followed).isNotNull();
    assertThat(FootprintQuery.from(followed)).isEqualTo(query);
  }

  /**
   * The parameters a servlet container hands over for this raw query: pairs split on {@code &} and
   * the first {@code =}, {@code +} read as a space, percent escapes decoded as UTF-8. Null when the
   * container would not get that far (a broken percent escape).
   */
  private static MultiValueMap<String, String> decoded(String query) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    if (query == null) {
      return params;
    }
    try {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.add(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException brokenEscape) {
      return null;
    }
    return params;
  }
}
