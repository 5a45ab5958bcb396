package org.greenvalue.credentials.jose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.greenvalue.credentials.did.DidKeyResolver;

/**
 * A compact JWS from outside: refused as a failed result, or parsed keeping the exact parts it came
 * with; verifying it as a vc+jwt always ends in a report, never an exception.
 */
class CompactJwsFuzzTest {
  private final VcJwtVerifier verifier = new VcJwtVerifier(new DidKeyResolver(), Clock.systemUTC());

  @FuzzTest(maxDuration = "1m")
  void compactJwsIsRefusedOrKeepsItsParts(FuzzedDataProvider data) {
    String compact = data.consumeRemainingAsString();
    var parsed = CompactJws.parse(compact);
    if (parsed.succeeded()) {
      var jws = parsed.value();
      assertThat(
              new String(jws.signingInput(), StandardCharsets.US_ASCII)
                  + "."
                  + jws.signatureSegment())
          .isEqualTo(compact);
    } else {
      assertThat(parsed.reason()).isNotBlank();
    }
    assertThat(verifier.verify(compact)).isNotNull();
  }
}
