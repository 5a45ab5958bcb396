package org.greenvalue.verification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.related.DigestAlgorithm;
import org.greenvalue.credentials.related.ResourceDigest;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusMessage;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.verification.facts.VerifiedFacts.StatusMessageFact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message entry's value and message in the report and the facts (Bitstring Status List 1.0 §3.2),
 * and related resources checked against their digests (VC DM 2.0 §5.3).
 */
class StatusMessagesAndRelatedResourcesTest {
  private static final List<StatusMessage> MESSAGES =
      List.of(
          new StatusMessage("0x0", "accepted"),
          new StatusMessage("0x1", "under review"),
          new StatusMessage("0x2", "restated"),
          new StatusMessage("0x3", "withdrawn"));
  private static final byte[] RESOURCE = "{\"manifest\":1}".getBytes(UTF_8);
  private static final String RESOURCE_URL = "https://packs.example/p/1";

  @TempDir static Path dir;
  static TestServer server;
  static String listUrl;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer();
    listUrl = server.base() + "/status-lists/message/1";
    var bits = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 2);
    bits.set(5, 2);
    var credential =
        VerifiableCredential.builder()
            .id(listUrl)
            .type("BitstringStatusListCredential")
            .issuer(did(REGISTRY))
            .validFrom(ISSUED)
            .credentialSubject(
                BitstringStatusListSubject.of(listUrl + "#list", StatusPurpose.MESSAGE, bits)
                    .toJson())
            .build()
            .json();
    String list =
        new CredentialSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()), CLOCK)
            .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
            .orElseThrow();
    server.answer("/status-lists/message/1", 200, "application/vc", list);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static org.greenvalue.common.Result<String> signed(String member, String json) {
    var credential =
        JsonDocuments.parseObject(
                """
                {"@context":["https://www.w3.org/ns/credentials/v2"],
                 "type":["VerifiableCredential"],"issuer":"%s","validFrom":"%s",
                 "credentialSubject":{"id":"did:example:subject"},"%s":%s}"""
                    .formatted(did(SUPPLIER), ISSUED, member, json))
            .value();
    return new CredentialSigner(SUPPLIER, DidKeyResolver.methodFor(SUPPLIER.publicKey()), CLOCK)
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022);
  }

  @Test
  void bitstringStatusList_3_2_theMessageValueAndItsMessageAreReportedAndInTheFacts() {
    var entry = BitstringStatusListEntry.ofMessages(5, URI.create(listUrl), 2, MESSAGES);
    var engine = StatusAndRegistryTest.withStatusSource(List.of(server.base() + "/status-lists/"));
    var v =
        engine.verify(
            CredentialRequest.of(
                signed("credentialStatus", JsonDocuments.write(entry.toJson())).orElseThrow()));

    var check = v.report().check("status.message").orElseThrow();
    assertThat(check.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(check.reason()).contains("status 0x2 (restated)");
    assertThat(v.facts().status().messages())
        .containsExactly(
            new StatusMessageFact(listUrl, 5, "0x2", java.util.Optional.of("restated")));
    assertThat(VerificationJson.write(v).toString()).contains("\"message\":\"restated\"");
  }

  @Test
  void bitstringStatusList_3_2_anEntryWhoseStatusSizeIsNotTheListsFails() {
    var entry =
        BitstringStatusListEntry.ofMessages(
            5,
            URI.create(listUrl),
            3,
            java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> new StatusMessage("0x" + i, "m" + i))
                .toList());
    var engine = StatusAndRegistryTest.withStatusSource(List.of(server.base() + "/status-lists/"));
    var v =
        engine.verify(
            CredentialRequest.of(
                signed("credentialStatus", JsonDocuments.write(entry.toJson())).orElseThrow()));
    assertThat(v.report().check("status.message").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(v.report().valid()).isFalse();
  }

  private static String related(DigestAlgorithm algorithm, byte[] content) {
    return "[{\"id\":\""
        + RESOURCE_URL
        + "\",\"digestSRI\":\""
        + ResourceDigest.of(algorithm, content).toSri()
        + "\"}]";
  }

  @Test
  void vcdm2_5_3_aRelatedResourceAtHandIsCheckedAgainstItsDigest() {
    String vc = signed("relatedResource", related(DigestAlgorithm.SHA384, RESOURCE)).orElseThrow();
    var engine = new VerificationEngine(Sources.offline(new DidKeyResolver()), CLOCK);

    var matching =
        engine.verify(
            CredentialRequest.of(vc).withRelatedResources(Map.of(RESOURCE_URL, RESOURCE)));
    assertThat(matching.report().check("credential.vc.relatedResource.digest").orElseThrow())
        .extracting(c -> c.outcome())
        .isEqualTo(Outcome.PASSED);

    var tampered =
        engine.verify(
            CredentialRequest.of(vc)
                .withRelatedResources(Map.of(RESOURCE_URL, "{}".getBytes(UTF_8))));
    assertThat(tampered.report().check("credential.vc.relatedResource.digest").orElseThrow())
        .extracting(c -> c.outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(tampered.report().failures())
        .extracting(c -> c.name())
        .contains("credential.vc.relatedResource.digest");

    var notAtHand = engine.verify(CredentialRequest.of(vc));
    assertThat(notAtHand.report().check("credential.vc.relatedResource.digest").orElseThrow())
        .extracting(c -> c.outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void vcdm2_5_3_aMalformedRelatedResourceIsNeitherSignedNorVerified() {
    String duplicate =
        "[{\"id\":\""
            + RESOURCE_URL
            + "\",\"digestSRI\":\""
            + ResourceDigest.of(DigestAlgorithm.SHA256, RESOURCE).toSri()
            + "\"},{\"id\":\""
            + RESOURCE_URL
            + "\",\"digestMultibase\":\""
            + ResourceDigest.of(DigestAlgorithm.SHA256, RESOURCE).toMultibase()
            + "\"}]";
    var refused = signed("relatedResource", duplicate);
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.reason()).contains("vc.relatedResource");
  }
}
