package org.greenvalue.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property(tries = 3000)
  void headerNameAndValueChecksAgreeWithTheFirewallsExpressions(@ForAll("headerText") String text) {
    assertThat(HeaderChecks.assignedNoControl(text, false)).isEqualTo(NAME.matcher(text).matches());
    assertThat(HeaderChecks.assignedNoControl(text, true)).isEqualTo(VALUE.matcher(text).matches());
  }

  @Property(tries = 3000)
  void bearerCheckAgreesWithSpringsResolver(@ForAll("authorization") String header) {
    assertThat(HeaderChecks.isBearerCredentials(header))
        .as(header)
        .isEqualTo(BEARER.matcher(header).matches());
  }

  @Property(tries = 1000)
  void resolvesWhatSpringsResolverResolvesAndRefusesWhatItRefuses(
      @ForAll("authorization") String header) {
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

  @Example
  void noHeaderIsNoToken() {
    assertThat(HeaderChecks.bearerToken(new MockHttpServletRequest())).isNull();
  }

  @Provide
  Arbitrary<String> headerText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(6),
        Arbitraries.strings().withChars("ab \t\u0000\u007f\u0085\u00e9\u0378\ud800\udc00"));
  }

  @Provide
  Arbitrary<String> authorization() {
    Arbitrary<String> scheme =
        Arbitraries.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Basic ", "Bearer  ", "Bearerx");
    Arbitrary<String> token = Arbitraries.strings().withChars("aZ09-._~+/=$ é\t").ofMaxLength(10);
    return Arbitraries.oneOf(
        scheme.flatMap(s -> token.map(t -> s + t)), Arbitraries.strings().ofMaxLength(10));
  }
}
