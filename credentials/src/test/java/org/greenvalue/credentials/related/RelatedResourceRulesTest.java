package org.greenvalue.credentials.related;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.Map;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedResourceRulesTest {

  private static final byte[] PACK = "{\"manifest\":\"pack\"}".getBytes(UTF_8);
  private static final String URL = "https://packs.example/p/1";

  private static JsonObject credential(String relatedResource) {
    return JsonDocuments.parseObject("{\"relatedResource\":" + relatedResource + "}").value();
  }

  private static String entry(String id, String digestMember, String digest) {
    return "{\"id\":\"" + id + "\",\"" + digestMember + "\":\"" + digest + "\"}";
  }

  @Test
  void vcdm2_5_3_absentRelatedResourceIsSkipped() {
    JsonObject none = JsonDocuments.parseObject("{}").value();
    assertThat(RelatedResourceRules.shape(none).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(RelatedResourceRules.digests(none, Map.of(URL, PACK)).outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void vcdm2_5_3_acceptsSriAndMultibaseDigestsOfEachAlgorithm() {
    StringBuilder entries = new StringBuilder("[");
    int n = 0;
    for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
      ResourceDigest digest = ResourceDigest.of(algorithm, PACK);
      entries
          .append(n++ == 0 ? "" : ",")
          .append(entry(URL + "/sri/" + n, "digestSRI", digest.toSri()));
      entries.append(",").append(entry(URL + "/mb/" + n, "digestMultibase", digest.toMultibase()));
    }
    JsonObject json = credential(entries.append("]").toString());
    assertThat(RelatedResourceRules.shape(json).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(RelatedResource.of(json).value()).hasSize(6);
  }

  @Test
  void vcdm2_5_3_digestMultibaseMayBeBase58btc() {
    ResourceDigest digest = ResourceDigest.of(DigestAlgorithm.SHA256, PACK);
    byte[] multihash = Base64.getUrlDecoder().decode(digest.toMultibase().substring(1));
    String z = Multibase.BASE_58_BTC.encode(multihash);
    JsonObject json = credential("[" + entry(URL, "digestMultibase", z) + "]");
    assertThat(RelatedResourceRules.digests(json, Map.of(URL, PACK)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"https://packs.example/p/1\"",
        "[\"https://packs.example/p/1\"]",
        "[{\"digestSRI\":\"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"}]",
        "[{\"id\":\"not a url\",\"digestSRI\":\"sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\"}]",
        "[{\"id\":\"https://packs.example/p/1\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"mediaType\":\"application/json\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\"md5-1B2M2Y8AsgTpgAmY7PhCfg==\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\"sha256-!!!\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":\"sha256-AAAA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestSRI\":7}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"mEiA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"uAAAA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"uEiA\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"z0OIl\"}]",
        "[{\"id\":\"https://packs.example/p/1\",\"digestMultibase\":\"\"}]"
      })
  void vcdm2_5_3_refusesMalformedEntries(String relatedResource) {
    var check = RelatedResourceRules.shape(credential(relatedResource));
    assertThat(check.outcome()).as(check.reason()).isEqualTo(Outcome.FAILED);
    assertThat(check.name()).isEqualTo("vc.relatedResource");
  }

  @Test
  void vcdm2_5_3_refusesRepeatedIds() {
    String sri = ResourceDigest.of(DigestAlgorithm.SHA256, PACK).toSri();
    var check =
        RelatedResourceRules.shape(
            credential(
                "[" + entry(URL, "digestSRI", sri) + "," + entry(URL, "digestSRI", sri) + "]"));
    assertThat(check.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(check.reason()).contains("repeated");
  }

  @Test
  void vcdm2_5_3_aResourceAtHandMustMatchItsDigest() {
    String sri = ResourceDigest.of(DigestAlgorithm.SHA384, PACK).toSri();
    JsonObject json = credential("[" + entry(URL, "digestSRI", sri) + "]");
    assertThat(RelatedResourceRules.digests(json, Map.of(URL, PACK)).outcome())
        .isEqualTo(Outcome.PASSED);
    var tampered = RelatedResourceRules.digests(json, Map.of(URL, "{}".getBytes(UTF_8)));
    assertThat(tampered.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(tampered.reason()).contains(URL);
  }

  @Test
  void vcdm2_5_3_aMismatchedMultibaseFailsEvenWhenSriMatches() {
    String sri = ResourceDigest.of(DigestAlgorithm.SHA256, PACK).toSri();
    String other = ResourceDigest.of(DigestAlgorithm.SHA256, "x".getBytes(UTF_8)).toMultibase();
    JsonObject json =
        credential(
            "[{\"id\":\""
                + URL
                + "\",\"digestSRI\":\""
                + sri
                + "\",\"digestMultibase\":\""
                + other
                + "\"}]");
    assertThat(RelatedResourceRules.digests(json, Map.of(URL, PACK)).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void vcdm2_5_3_sriMatchesOnTheStrongestAlgorithmListed() {
    String weakWrong = ResourceDigest.of(DigestAlgorithm.SHA256, "x".getBytes(UTF_8)).toSri();
    String strong = ResourceDigest.of(DigestAlgorithm.SHA512, PACK).toSri();
    JsonObject json = credential("[" + entry(URL, "digestSRI", weakWrong + " " + strong) + "]");
    assertThat(RelatedResourceRules.digests(json, Map.of(URL, PACK)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void vcdm2_5_3_resourcesNotAtHandAreReportedUncheckedNotFailed() {
    String sri = ResourceDigest.of(DigestAlgorithm.SHA256, PACK).toSri();
    JsonObject json = credential("[" + entry(URL, "digestSRI", sri) + "]");
    var check = RelatedResourceRules.digests(json, Map.of());
    assertThat(check.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(check.reason()).contains(URL);
  }
}
