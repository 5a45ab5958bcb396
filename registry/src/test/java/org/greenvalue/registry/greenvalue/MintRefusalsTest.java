package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.Test;

/** Every bad mint request is a problem and changes nothing: no row, no lot on chain. */
class MintRefusalsTest extends LotFixture {

  /** Sends the request and checks the problem, the tables and the chain. */
  private void refused(String digest, int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    HttpResult r = request.get();
    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    if (type != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
    assertThat(tables()).isEqualTo(before);
    if (digest != null) {
      assertThat(mintedOnChain(digest)).isFalse();
    }
  }

  private void refused(Claim claim, int status, String type) {
    refused(claim.digest(), status, type, () -> mint(claim));
  }

  /**
   * Refused by the mint policy: 422 {@code mint-policy-not-met}, nothing changed, and among the
   * failed checks one named (or under) each of {@code checks}.
   */
  private void notMet(Claim claim, String... checks) {
    notMet(claim.digest(), () -> mint(claim), checks);
  }

  private void notMet(String digest, Supplier<HttpResult> request, String... checks) {
    Map<String, Long> before = tables();
    HttpResult r = request.get();
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/mint-policy-not-met");
    assertThat(r.json().get("failedRules")).as(r.toString()).isNotEmpty();
    var failed = new java.util.ArrayList<String>();
    r.json().get("failures").forEach(f -> failed.add(f.get("check").asText()));
    for (String check : checks) {
      assertThat(failed)
          .as(r.toString())
          .anyMatch(
              name ->
                  name.equals(check)
                      || name.startsWith(check + ".")
                      || name.startsWith(check + "["));
    }
    assertThat(tables()).isEqualTo(before);
    assertThat(mintedOnChain(digest)).isFalse();
  }

  @Test
  void malformedJsonUnknownFieldsAndMissingFieldsAreBadRequests() {
    Claim claim = claim("1");
    String body = claim.body();
    refused(claim.digest(), 400, "unreadable-body", () -> api().post("/lots", api().writer(), "{"));
    refused(
        claim.digest(),
        400,
        "unreadable-body",
        () ->
            api()
                .post(
                    "/lots", api().writer(), body.replace("{\"reduction", "{\"x\":1,\"reduction")));
    refused(
        claim.digest(),
        400,
        "validation",
        () -> api().post("/lots", api().writer(), "{\"reductionCredential\":{}}"));
    refused(
        claim.digest(),
        400,
        "validation",
        () -> api().post("/lots", api().writer(), claim.body("Not An Organisation")));
    refused(
        claim.digest(),
        400,
        "malformed-credential",
        () ->
            api()
                .post(
                    "/lots",
                    api().writer(),
                    Claim.body("42", claim.assurance(), claim.receipt(), null)
                        .replace("\"42\"", "42")));
    refused(
        claim.digest(),
        400,
        "malformed-credential",
        () ->
            api()
                .post(
                    "/lots",
                    api().writer(),
                    Claim.body("not.a jws", claim.assurance(), claim.receipt(), null)));
  }

  @Test
  void wrongScopeMissingTokenAndMissingKeyAreRefused() {
    Claim claim = claim("1");
    String body = claim.body();
    refused(claim.digest(), 403, null, () -> api().post("/lots", api().reader(), body));
    refused(claim.digest(), 403, null, () -> api().post("/lots", api().authority(), body));
    refused(claim.digest(), 401, null, () -> api().post("/lots", null, body));
    refused(
        claim.digest(),
        400,
        "idempotency-key-required",
        () -> api().post("/lots", api().writer(), null, body));
  }

  @Test
  void unsignedAndTamperedCredentialsAreRefused() {
    Claim claim = claim("1");
    JsonObject signed = JsonDocuments.parseObject(claim.reduction()).orElseThrow();
    String unsigned =
        JsonDocuments.write(JsonDocuments.JSON.createObjectBuilder(signed).remove("proof").build());
    String tampered = claim.reduction().replace("ISO 14064-2", "ISO 14064-9");
    notMet(
        claim.digest(),
        () ->
            api()
                .post(
                    "/lots",
                    api().writer(),
                    Claim.body(unsigned, claim.assurance(), claim.receipt(), null)),
        "credential");
    notMet(
        claim.digest(),
        () ->
            api()
                .post(
                    "/lots",
                    api().writer(),
                    Claim.body(tampered, claim.assurance(), claim.receipt(), null)),
        "credential.proof");
    Claim jwt = claim(Claims.reduction("2"), SecuringFormat.VC_JWT);
    String token = jwt.reduction();
    int inSignature = token.length() - 10;
    char replaced = token.charAt(inSignature) == 'A' ? 'B' : 'A';
    String forged = token.substring(0, inSignature) + replaced + token.substring(inSignature + 1);
    notMet(
        jwt.digest(),
        () ->
            api()
                .post(
                    "/lots",
                    api().writer(),
                    Claim.body(forged, jwt.assurance(), jwt.receipt(), null)),
        "credential");
  }

  @Test
  void aDidWebIssuerOutsideTheAllowListIsNotResolved() {
    Issuer web = registered(Issuer.web("issuer-" + UUID.randomUUID() + ".not-allowed.example"));
    accredit(web.did(), "ISSUER", REDUCTION_TYPE, LONG_AGO, FAR_AHEAD);
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");

    notMet(assured(reductionBy(web), provider), "credential");
  }

  @Test
  void anIssuerThatIsNotTrustedForTheTypeIsRefused() {
    Issuer stranger = registered(Issuer.generate());
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    notMet(assured(reductionBy(stranger), provider), "trust.issuer");

    Issuer otherType = accreditedIssuer("ProductCarbonFootprintCredential", "ISSUER");
    notMet(assured(reductionBy(otherType), provider), "trust.issuer");

    Issuer wrongRole = accreditedIssuer(REDUCTION_TYPE, "ASSURANCE_PROVIDER");
    notMet(assured(reductionBy(wrongRole), provider), "trust.issuer");
  }

  @Test
  void aSuspendedIssuerIsRefused() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Claim claim =
        assured(reductionBy(issuer), accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER"));
    HttpResult suspend =
        api()
            .post(
                "/trust/status-changes",
                api().authority(),
                """
                {"did":"%s","credentialType":"%s","action":"SUSPEND","reason":"audit"}"""
                    .formatted(issuer.did(), REDUCTION_TYPE));
    assertThat(suspend.status()).as(suspend.toString()).isEqualTo(201);

    notMet(claim, "trust.issuer");
  }

  @Test
  void anExpiredOrFutureAccreditationDoesNotCoverTheIssuanceTime() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    Issuer expired = registered(Issuer.generate());
    accredit(expired.did(), "ISSUER", REDUCTION_TYPE, LONG_AGO, now.minus(2, ChronoUnit.HOURS));
    Issuer future = registered(Issuer.generate());
    accredit(future.did(), "ISSUER", REDUCTION_TYPE, now.plus(1, ChronoUnit.DAYS), FAR_AHEAD);

    notMet(assured(reductionBy(expired), provider), "trust.issuer");
    notMet(assured(reductionBy(future), provider), "trust.issuer");
  }

  @Test
  void assuranceByAnUntrustedProviderIsRefused() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    notMet(assured(reductionBy(issuer), Issuer.generate()), "assurance.provider");
    Issuer wrongRole = accreditedIssuer(ASSURANCE_TYPE, "ISSUER");
    notMet(assured(reductionBy(issuer), wrongRole), "assurance.provider");
  }

  @Test
  void assuranceThatDoesNotCoverTheClaimIsRefused() {
    Issuer issuer = accreditedIssuer(REDUCTION_TYPE, "ISSUER");
    Issuer provider = accreditedIssuer(ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction = reductionBy(issuer);
    String digest = Claims.digest(reduction);
    String receipt = Claims.anchor(ledger, digest);
    String otherClaim = Claims.digest(reductionBy(issuer));
    Map<JsonObject, String> failing =
        Map.of(
            Claims.assurance(otherClaim, Claims.ROOT, AssuranceOpinion.UNMODIFIED), "assurance",
            Claims.assurance(digest, "ab".repeat(32), AssuranceOpinion.UNMODIFIED),
                "assurance.evidence",
            Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.ADVERSE), "assurance.opinion",
            Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.DISCLAIMER),
                "assurance.opinion");
    failing.forEach(
        (statement, check) -> {
          String assurance =
              Claims.sign(
                  provider, SubjectKind.ASSURANCE, statement, SecuringFormat.EDDSA_RDFC_2022);
          notMet(new Claim(reduction, assurance, digest, receipt), check);
        });
  }

  @Test
  void aClaimThatIsNotAnchoredIsRefused() {
    Claim claim = claim("1");
    Claim other = claim("1");
    notMet(new Claim(claim.reduction(), claim.assurance(), claim.digest(), null), "anchor");
    notMet(
        new Claim(claim.reduction(), claim.assurance(), claim.digest(), other.receipt()),
        "anchor.digest");
    String forged = claim.receipt().replaceFirst("\"blockNumber\":(\\d+)", "\"blockNumber\":1$1");
    notMet(new Claim(claim.reduction(), claim.assurance(), claim.digest(), forged), "anchor.chain");
    notMet(
        new Claim(
            claim.reduction(), claim.assurance(), claim.digest(), "{\"type\":\"AnchorReceipt\"}"),
        "anchor");
  }

  @Test
  void aReductionFinerThanAGramIsRefused() {
    refused(
        claim(Claims.reduction("1.0000001"), SecuringFormat.EDDSA_RDFC_2022),
        422,
        "quantity-too-precise");
  }

  @Test
  void aSecondLotFromTheSameCredentialOrAnOverlappingPeriodIsRefused() {
    Claim claim = claim("1");
    assertThat(mint(claim).status()).isEqualTo(201);
    Map<String, Long> before = tables();
    HttpResult again = mint(claim);
    assertThat(again.isProblem(409)).as(again.toString()).isTrue();
    assertThat(tables()).isEqualTo(before);

    EmissionReduction first =
        Claims.reduction(
            "urn:project:overlap-" + claim.digest(),
            "f",
            Instant.parse("2023-01-01T00:00:00Z"),
            "1");
    EmissionReduction overlapping =
        Claims.reduction(
            "urn:project:overlap-" + claim.digest(),
            "f",
            Instant.parse("2023-06-01T00:00:00Z"),
            "2");
    assertThat(mint(claim(first, SecuringFormat.EDDSA_RDFC_2022)).status()).isEqualTo(201);
    refused(claim(overlapping, SecuringFormat.EDDSA_RDFC_2022), 409, "period-overlap");
  }

  @Test
  void aReusedKeyWithAnotherBodyIsRefused() {
    Claim claim = claim("1");
    assertThat(api().post("/lots", api().writer(), "reused-mint-key", claim.body()).status())
        .isEqualTo(201);
    Claim other = claim("2");
    refused(
        other.digest(),
        422,
        "idempotency-key-reused",
        () -> api().post("/lots", api().writer(), "reused-mint-key", other.body()));
  }

  private static String reductionBy(Issuer issuer) {
    return Claims.sign(
        issuer,
        SubjectKind.EMISSION_REDUCTION,
        Claims.reduction("1").toJson(),
        SecuringFormat.EDDSA_RDFC_2022);
  }

  private Claim assured(String reduction, Issuer provider) {
    return assured(reduction, provider, SecuringFormat.EDDSA_RDFC_2022);
  }
}
