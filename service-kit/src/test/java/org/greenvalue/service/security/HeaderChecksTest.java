package org.greenvalue.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loops accept exactly what Spring's regular expressions accept. */
class HeaderChecksTest {

  // Spring Security 6.5's own expressions (StrictHttpFirewall, DefaultBearerTokenResolver).
  private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUE =
      Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
  private static final Pattern BEARER =
      Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

  @ParameterizedTest
  @MethodSource("headerText")
  void headerNameAndValueChecksAgreeWithTheFirewallsExpressions(String text) {
    assertThat(HeaderChecks.assignedNoControl(text, false)).isEqualTo(NAME.matcher(text).matches());
    assertThat(HeaderChecks.assignedNoControl(text, true)).isEqualTo(VALUE.matcher(text).matches());
  }

  @ParameterizedTest
  @MethodSource("authorization")
  void bearerCheckAgreesWithSpringsResolver(String header) {
    assertThat(HeaderChecks.isBearerCredentials(header))
        .as(header)
        .isEqualTo(BEARER.matcher(header).matches());
  }

  @ParameterizedTest
  @MethodSource("authorization")
  void resolvesWhatSpringsResolverResolvesAndRefusesWhatItRefuses(String header) {
    var request = new MockHttpServletRequest();
    request.addHeader("Authorization", header);
    String expected;
    try {
      expected = new DefaultBearerTokenResolver().resolve(request);
    } catch (OAuth2AuthenticationException refused) {
      assertThatThrownBy(() -> HeaderChecks.bearerToken(request))
          .isInstanceOf(OAuth2AuthenticationException.class)
          .hasMessageContaining("malformed");
      return;
    }
    assertThat(HeaderChecks.bearerToken(request)).isEqualTo(expected);
  }

  @Test
  void noHeaderIsNoToken() {
    assertThat(HeaderChecks.bearerToken(new MockHttpServletRequest())).isNull();
  }

  /** Seeded random header text: short strings of any char, and of the chars on the edges. */
  static Stream<String> headerText() {
    Random random = new Random(23);
    return Stream.generate(
            () ->
                switch (random.nextInt(3)) {
                  case 0 -> text(random, 12, null);
                  case 1 -> text(random, 6, null);
                  default -> text(random, 12, "ab \t\u0000\u007f\u0085\u00e9\u0378\ud800\udc00");
                })
        .limit(1000);
  }

  /** Seeded random Authorization values: a scheme and a token of edge chars, or anything. */
  static Stream<String> authorization() {
    Random random = new Random(29);
    List<String> schemes =
        List.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Basic ", "Bearer  ", "Bearerx");
    return Stream.generate(
            () ->
                random.nextBoolean()
                    ? schemes.get(random.nextInt(schemes.size()))
                        + text(random, 10, "aZ09-._~+/=$ é\t")
                    : text(random, 10, null))
        .limit(1000);
  }

  /** Up to {@code max} chars from {@code alphabet}, or any UTF-16 code units when it is null. */
  private static String text(Random random, int max, String alphabet) {
    int length = random.nextInt(max + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          alphabet == null
              ? (char) random.nextInt(Character.MAX_VALUE + 1)
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
