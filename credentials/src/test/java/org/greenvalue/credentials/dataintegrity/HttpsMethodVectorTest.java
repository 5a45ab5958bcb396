package org.greenvalue.credentials.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.keys.Multikey;
import org.junit.jupiter.api.Test;

/** The W3C repository's earlier eddsa-rdfc-2022 vector, whose key is an https URL. */
class HttpsMethodVectorTest {

  /** Resolves {@code https://vc.example/issuers/5678#<multikey>} to the multikey, as a test. */
  private static final DidResolver VC_EXAMPLE =
      new DidResolver() {
        @Override
        public boolean supports(String did) {
          return false;
        }

        @Override
        public Result<DidDocument> resolve(String did) {
          return Result.failure("not a DID resolver");
        }

        @Override
        public Result<VerificationMethod> resolveVerificationMethod(
            String url, VerificationRelationship relationship) {
          String prefix = "https://vc.example/issuers/5678#";
          if (!url.startsWith(prefix)) {
            return Result.failure("unknown method " + url);
          }
          return Multikey.decodePublic(url.substring(prefix.length()))
              .map(key -> VerificationMethod.multikey(url, "https://vc.example/issuers/5678", key));
        }
      };

  @Test
  void verifiesTheSignedCredentialThroughANonDidVerificationMethod() {
    var verifier =
        new DataIntegrityVerifier(
            VC_EXAMPLE, Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    var report = verifier.verify(W3cVectors.json("eddsa-rdfc-2022-https-vm/signed.json"));
    assertThat(report.valid()).as(report.toString()).isTrue();
  }
}
