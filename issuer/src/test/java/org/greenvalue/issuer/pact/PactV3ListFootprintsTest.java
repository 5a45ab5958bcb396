package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.issuer.pact.PactV3.assertPactError;
import static org.greenvalue.issuer.pact.PactV3.ids;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PACT v3 Technical Specifications, Action ListFootprints: each filter (case-insensitive), the
 * validity period filters, status, limit and parameters the host does not know. Footprint A has no
 * validity period of its own (reference period ends 2025-04-01, so it is valid from 2025-04-01
 * until 2028-04-01, excluded); B is valid from 2030-01-01 until 2031-01-01. Both share a company
 * id, which scopes each listing to them.
 */
class PactV3ListFootprintsTest extends IssuerIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString();
  private static final String COMPANY = "urn:pact:company:Conformance:" + RUN;
  private static final String PRODUCT_A = "urn:pact:product-id:Conformance:" + RUN + ":A";
  private static final String PRODUCT_B = "urn:pact:product-id:Conformance:" + RUN + ":B";
  private static final String CLASS_A = "urn:pact:productclassification:Conformance:" + RUN;
  private static String a;
  private static String b;

  @BeforeEach
  void footprints() {
    if (a != null) {
      return;
    }
    Http http = http();
    String org = orgId("pactlist");
    Fixtures.organisation(http, org, "web", "supplier");
    Fixtures.bindPactClient(http, org, "pact-client");
    ObjectNode first = Fixtures.footprint();
    first.putArray("productIds").add(PRODUCT_A);
    first.putArray("companyIds").add(COMPANY);
    first.putArray("productClassifications").add(CLASS_A);
    a = PactV3.issue(http, org, first);
    ObjectNode second = Fixtures.footprint();
    second.putArray("productIds").add(PRODUCT_B);
    second.putArray("companyIds").add(COMPANY);
    second.put("validityPeriodStart", "2030-01-01T00:00:00Z");
    second.put("validityPeriodEnd", "2031-01-01T00:00:00Z");
    ((ObjectNode) second.get("pcf"))
        .put("geographyCountry", "DE")
        .put("referencePeriodStart", "2029-01-01T00:00:00Z")
        .put("referencePeriodEnd", "2030-01-01T00:00:00Z");
    b = PactV3.issue(http, org, second);
  }

  private Http.Reply list(String query) {
    return http().get("/3/footprints?companyId=" + COMPANY + "&" + query, PactV3.token(http()));
  }

  @Test
  void pactV3_listFootprints_productIdMatchesInAnyLetterCase() {
    assertThat(ids(list("productId=" + PRODUCT_A.toUpperCase(Locale.ROOT)))).containsExactly(a);
    assertThat(ids(list("productId=" + PRODUCT_B.toLowerCase(Locale.ROOT)))).containsExactly(b);
    assertThat(ids(list("productId=urn:bogus:product:nonexistent"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_companyIdMatchesInAnyLetterCase() {
    Http http = http();
    String token = PactV3.token(http);
    String path = "/3/footprints?companyId=";
    assertThat(ids(http.get(path + COMPANY.toLowerCase(Locale.ROOT), token))).containsExactly(a, b);
    assertThat(ids(http.get(path + COMPANY.toUpperCase(Locale.ROOT), token))).containsExactly(a, b);
  }

  @Test
  void pactV3_listFootprints_geographyMatchesInAnyLetterCase() {
    assertThat(ids(list("geography=de"))).containsExactly(b);
    assertThat(ids(list("geography=Jp"))).containsExactly(a);
    assertThat(ids(list("geography=jp&geography=DE"))).containsExactly(a, b);
    assertThat(ids(list("geography=XX"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_classificationMatchesInAnyLetterCase() {
    assertThat(ids(list("classification=" + CLASS_A.toUpperCase(Locale.ROOT)))).containsExactly(a);
    assertThat(ids(list("classification=urn:bogus:classification:nonexistent"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_statusMatchesInAnyLetterCase() {
    assertThat(ids(list("status=Active"))).containsExactly(a, b);
    assertThat(ids(list("status=aCTIVE"))).containsExactly(a, b);
    assertThat(ids(list("status=Deprecated"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_unknownStatusIsAnEmptyList() {
    Http.Reply r = list("status=BogusStatusValue");
    assertThat(ids(r)).isEmpty();
    assertThat(r.body()).isEqualTo("{\"data\":[]}");
  }

  @Test
  void pactV3_listFootprints_filterValidOnReadsTheValidityPeriodNotTheReferencePeriod() {
    // inside A's reference period, before its validity period
    assertThat(ids(list("validOn=2024-10-01T00:00:00Z"))).isEmpty();
    assertThat(ids(list("validOn=2030-06-01T00:00:00Z"))).containsExactly(b);
    assertThat(ids(list("validOn=1900-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_filterValidOnDefaultsToThreeYearsFromTheReferencePeriodEnd() {
    assertThat(ids(list("validOn=2025-04-01T00:00:00Z"))).containsExactly(a);
    assertThat(ids(list("validOn=2028-03-31T23:59:59Z"))).containsExactly(a);
    // the end of a validity period is excluded
    assertThat(ids(list("validOn=2028-04-01T00:00:00Z"))).isEmpty();
    Instant[] validity =
        jdbc.sql("SELECT validity_start, validity_end FROM footprints WHERE id = ?")
            .param(a)
            .query(
                (rs, row) ->
                    new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()})
            .single();
    assertThat(validity)
        .containsExactly(
            Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2028-04-01T00:00:00Z"));
  }

  @Test
  void pactV3_listFootprints_filterValidAfterMatchesValidityStartingAfterIt() {
    assertThat(ids(list("validAfter=2025-03-31T00:00:00Z"))).containsExactly(a, b);
    assertThat(ids(list("validAfter=2025-04-01T00:00:00Z"))).containsExactly(b);
    assertThat(ids(list("validAfter=2099-12-31T23:59:59Z"))).isEmpty();
  }

  @Test
  void pactV3_listFootprints_filterValidBeforeMatchesValidityEndingBeforeIt() {
    assertThat(ids(list("validBefore=2029-01-01T00:00:00Z"))).containsExactly(a);
    assertThat(ids(list("validBefore=2028-04-01T00:00:00Z"))).isEmpty();
    assertThat(ids(list("validBefore=2031-01-01T00:00:01Z"))).containsExactly(a, b);
  }

  @Test
  void pactV3_listFootprints_everyFilterTogether() {
    assertThat(
            ids(
                list(
                    "productId="
                        + PRODUCT_A
                        + "&geography=JP&classification="
                        + CLASS_A
                        + "&validOn=2026-01-01T00:00:00Z&validAfter=2025-01-01T00:00:00Z"
                        + "&validBefore=2029-01-01T00:00:00Z&status=Active")))
        .containsExactly(a);
  }

  @Test
  void pactV3_listFootprints_limitZeroIsAnEmptyPageLinkingToTheFirstPage() {
    Http http = http();
    Http.Reply empty = list("limit=0");
    assertThat(ids(empty)).isEmpty();
    String link = empty.header("Link");
    assertThat(link).as(empty.toString()).isNotNull().endsWith(">; rel=\"next\"");
    String next = link.substring(1, link.indexOf('>'));
    assertThat(next).startsWith(http.base() + "/3/footprints?").contains("limit=100");
    Http.Reply first = http.get(next.substring(http.base().length()), PactV3.token(http));
    assertThat(ids(first)).containsExactly(a, b);
    assertThat(first.header("Link")).isNull();
  }

  @Test
  void pactV3_listFootprints_parametersTheHostDoesNotKnowAreIgnored() {
    assertThat(ids(list("offset=2&x-acme-invoice-id=12345&%24filter=geography%20eq%20%27XX%27")))
        .containsExactly(a, b);
  }

  @Test
  void pactV3_listFootprints_aLimitAboveTheHostsPageSizeGivesFewer() {
    assertThat(ids(list("limit=99999999999999999999"))).containsExactly(a, b);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=-1",
        "limit=abc",
        "limit=1.5",
        "limit=",
        "validOn=yesterday",
        "validAfter=2025-13-01T00:00:00Z",
        "validBefore=soon",
        "cursor=-1",
        "status=Active&status=Deprecated"
      })
  void pactV3_listFootprints_malformedParameterIsABadRequest(String query) {
    long footprints = count("footprints");
    assertPactError(list(query), 400, "BadRequest");
    assertThat(count("footprints")).isEqualTo(footprints);
  }
}
