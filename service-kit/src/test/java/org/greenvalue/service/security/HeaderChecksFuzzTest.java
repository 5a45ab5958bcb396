package org.greenvalue.service.security;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any header text at all: our loops and Spring's expressions agree on it ({@link HeaderChecksTest}
 * holds the properties and their seeded cases; the {@code fuzz} profile fuzzes them here).
 */
class HeaderChecksFuzzTest {
  private final HeaderChecksTest properties = new HeaderChecksTest();

  @FuzzTest(maxDuration = "1m")
  void checksAgreeWithSpringOnAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    properties.headerNameAndValueChecksAgreeWithTheFirewallsExpressions(text);
    properties.bearerCheckAgreesWithSpringsResolver(text);
    properties.resolvesWhatSpringsResolverResolvesAndRefusesWhatItRefuses(text);
  }
}
