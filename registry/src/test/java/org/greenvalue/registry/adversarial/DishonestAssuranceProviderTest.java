package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.registry.greenvalue.Claims;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.greenvalue.LotFixture;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * An assurance provider that is not independent, or assures less than the mint policy asks, gets no
 * lot minted: 422 {@code mint-policy-not-met} with the failed rules and checks, and no lot row, lot
 * event, audit entry or lot on chain.
 */
class DishonestAssuranceProviderTest extends LotFixture {

  @Test
  void aSupplierAccreditedAsAssuranceProviderTooCannotAssureItsOwnClaim() {
    Issuer supplier = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    accredit(supplier.did(), "ASSURANCE_PROVIDER", ASSURANCE_TYPE, LONG_AGO, FAR_AHEAD);
    for (SecuringFormat format :
        new SecuringFormat[] {SecuringFormat.EDDSA_RDFC_2022, SecuringFormat.VC_JWT}) {
      String reduction =
          Claims.sign(
              supplier, SubjectKind.EMISSION_REDUCTION, Claims.reduction("5").toJson(), format);
      Claim selfAssured = assured(reduction, supplier, format);

      HttpResult r = refused(selfAssured);

      JsonNode independence = failure(r, "assurance.independent");
      assertThat(independence.get("reason").asText())
          .contains(supplier.did())
          .contains("own issuer");
      assertThat(failedRules(r)).contains("verified");
      // The provider itself was accredited: only independence fails.
      assertThat(failedChecks(r)).doesNotContain("assurance.provider", "trust.issuer");
    }
  }

  @Test
  void limitedAssuranceIsRefusedByTheDefaultMintPolicy() {
    Issuer supplier = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(
            supplier,
            SubjectKind.EMISSION_REDUCTION,
            Claims.reduction("5").toJson(),
            SecuringFormat.EDDSA_RDFC_2022);
    String digest = Claims.digest(reduction);
    String limited =
        Claims.sign(
            provider,
            SubjectKind.ASSURANCE,
            Claims.assurance(
                digest, Claims.ROOT, AssuranceLevel.LIMITED, AssuranceOpinion.UNMODIFIED),
            SecuringFormat.EDDSA_RDFC_2022);

    HttpResult r = refused(new Claim(reduction, limited, digest, Claims.anchor(ledger, digest)));

    assertThat(failedRules(r)).containsExactly("reasonable-assurance");
    assertThat(r.json().get("detail").asText()).contains("reasonable-assurance");
  }

  /** Mints, expects the policy's refusal, and checks that nothing changed anywhere. */
  private HttpResult refused(Claim claim) {
    Map<String, Long> before = tables();
    long audit = count("audit_log");
    HttpResult r = mint(claim);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/mint-policy-not-met");
    assertThat(tables()).isEqualTo(before);
    assertThat(count("audit_log")).isEqualTo(audit);
    assertThat(count("lots")).isEqualTo(before.get("lots"));
    assertThat(mintedOnChain(claim.digest())).isFalse();
    return r;
  }

  private static JsonNode failure(HttpResult r, String check) {
    for (JsonNode f : r.json().get("failures")) {
      if (f.get("check").asText().equals(check)) {
        return f;
      }
    }
    throw new AssertionError("no failed check " + check + " in " + r);
  }

  private static List<String> failedChecks(HttpResult r) {
    var names = new ArrayList<String>();
    r.json().get("failures").forEach(f -> names.add(f.get("check").asText()));
    return names;
  }

  private static List<String> failedRules(HttpResult r) {
    var names = new ArrayList<String>();
    r.json().get("failedRules").forEach(f -> names.add(f.get("rule").asText()));
    return names;
  }
}
