package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A configured mint policy decides: this one accepts limited assurance (looser than the default)
 * but asks for at least 5 t (stricter).
 */
@TestPropertySource(
    properties = {
      "gvr.registry.green-value.mint-policy.name=limited-five-tonnes",
      "gvr.registry.green-value.mint-policy.version=2",
      "gvr.registry.green-value.mint-policy.rules[0].id=verified",
      "gvr.registry.green-value.mint-policy.rules[0].description=every check passed",
      "gvr.registry.green-value.mint-policy.rules[0].expression=valid",
      "gvr.registry.green-value.mint-policy.rules[1].id=trusted-reduction",
      "gvr.registry.green-value.mint-policy.rules[1].description=a reduction by a trusted issuer",
      "gvr.registry.green-value.mint-policy.rules[1].expression="
          + "subjectKind == 'EMISSION_REDUCTION' && issuerTrusted",
      "gvr.registry.green-value.mint-policy.rules[2].id=any-assurance",
      "gvr.registry.green-value.mint-policy.rules[2].description=limited or reasonable",
      "gvr.registry.green-value.mint-policy.rules[2].expression="
          + "assured && assuranceProviderAccredited"
          + " && assuranceLevel in ['limited', 'reasonable']",
      "gvr.registry.green-value.mint-policy.rules[3].id=anchored",
      "gvr.registry.green-value.mint-policy.rules[3].description=anchored on chain",
      "gvr.registry.green-value.mint-policy.rules[3].expression=anchored && anchoredOnChain",
      "gvr.registry.green-value.mint-policy.rules[4].id=at-least-5t",
      "gvr.registry.green-value.mint-policy.rules[4].description=at least 5 tCO2e",
      "gvr.registry.green-value.mint-policy.rules[4].expression=atLeast(reduction, '5')"
    })
class ConfiguredMintPolicyTest extends LotFixture {

  private Claim claim(String tonnes, AssuranceLevel level) {
    Issuer supplier = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(
            supplier,
            SubjectKind.EMISSION_REDUCTION,
            Claims.reduction(tonnes).toJson(),
            SecuringFormat.EDDSA_RDFC_2022);
    String digest = Claims.digest(reduction);
    String assurance =
        Claims.sign(
            provider,
            SubjectKind.ASSURANCE,
            Claims.assurance(digest, Claims.ROOT, level, AssuranceOpinion.UNMODIFIED),
            SecuringFormat.EDDSA_RDFC_2022);
    return new Claim(reduction, assurance, digest, Claims.anchor(ledger, digest));
  }

  @Test
  void aPolicyAllowingLimitedAssuranceMintsALimitedAssuranceClaim() {
    Claim limited = claim("10", AssuranceLevel.LIMITED);

    HttpResult r = mint(limited);

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(mintedOnChain(limited.digest())).isTrue();
  }

  @Test
  void aStricterRuleRefusesWhatTheDefaultWouldMint() {
    Claim small = claim("1", AssuranceLevel.REASONABLE);
    Map<String, Long> before = tables();

    HttpResult r = mint(small);

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/mint-policy-not-met");
    assertThat(r.json().get("policy").get("name").asText()).isEqualTo("limited-five-tonnes");
    assertThat(r.json().get("policy").get("version").asInt()).isEqualTo(2);
    var rules = new ArrayList<String>();
    r.json().get("failedRules").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).containsExactly("at-least-5t");
    assertThat(r.json().get("failures")).isEmpty();
    assertThat(tables()).isEqualTo(before);
    assertThat(mintedOnChain(small.digest())).isFalse();
  }
}
